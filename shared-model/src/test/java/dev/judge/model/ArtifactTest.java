package dev.judge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArtifactTest {

    @Test
    void survivesEncoding() {
        Artifact a = new Artifact(Map.of("prog", new byte[] {1, 2, 3}, "Main$1.class", new byte[5000]), List.of("prog"));
        Artifact back = Artifact.decode(a.encode());
        assertThat(back.files()).containsOnlyKeys("prog", "Main$1.class");
        assertThat(back.files().get("prog")).containsExactly(1, 2, 3);
        assertThat(back.executable()).containsExactly("prog");
        assertThat(a.encode().length).isLessThan(5000);
    }

    @Test
    void theDigestDependsOnEveryInput() {
        String k = Artifact.digest(Language.C, "12.2.0", List.of("-O2"), "int main(){}");
        assertThat(k).matches("[0-9a-f]{64}");
        assertThat(Artifact.digest(Language.C, "12.2.0", List.of("-O2"), "int main(){}")).isEqualTo(k);
        assertThat(Artifact.digest(Language.CPP, "12.2.0", List.of("-O2"), "int main(){}")).isNotEqualTo(k);
        assertThat(Artifact.digest(Language.C, "12.3.0", List.of("-O2"), "int main(){}")).isNotEqualTo(k);
        assertThat(Artifact.digest(Language.C, "12.2.0", List.of("-O3"), "int main(){}")).isNotEqualTo(k);
        assertThat(Artifact.digest(Language.C, "12.2.0", List.of("-O2", ""), "int main(){}")).isNotEqualTo(k);
    }
}
