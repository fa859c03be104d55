package dev.judge.model.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every declared profile reads, and says what each stage needs from it. */
class LanguageProfilesTest {

    private static final Set<String> PLACEHOLDERS = Set.of("entry", "entryStem", "sources", "options", "javaHome",
            "memoryKb", "heapKb", "stackKb", "nodeStackKb", "mainClass");

    @Test
    void everyProfileFileIsInTheIndexAndEveryIndexEntryHasAFile() throws IOException {
        Path dir = Path.of("src/main/resources/languages");
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        assertThat(LanguageProfiles.load()).extracting(LanguageProfile::name).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void theFiveLanguagesWithSpecialPathsAreDeclared() {
        assertThat(List.of(Language.C, Language.CPP, Language.JAVA, Language.PYTHON, Language.JAVASCRIPT))
                .extracting(Language::wireName).containsExactly("c", "cpp", "java", "python", "javascript");
    }

    @Test
    void everyProfileIsCompleteForEveryStage() {
        for (LanguageProfile p : LanguageProfiles.load()) {
            assertThat(p.extensions()).as(p.name()).isNotEmpty();
            assertThat(p.toolchain().requires()).as(p.name()).isNotEmpty();
            assertThat(p.toolchain().version()).as(p.name()).isNotEmpty();
            assertThat(p.source()).as(p.name()).matches("[A-Za-z0-9_.-]+");
            if (p.source().contains(".")) {
                assertThat(p.extensions()).as(p.name() + ": the entry file's extension").contains(
                        p.source().substring(p.source().lastIndexOf('.') + 1));
            }
            assertThat(p.run().command()).as(p.name()).isNotEmpty();
            assertThat(CommandTemplate.placeholders(p.run().command())).as(p.name()).allMatch(PLACEHOLDERS::contains)
                    .doesNotContain("sources", "options");
            if (p.compile() != null) {
                assertThat(CommandTemplate.placeholders(p.compile().command())).as(p.name()).allMatch(PLACEHOLDERS::contains);
                assertThat(p.compile().checkOnly() || !p.compile().artifact().isEmpty())
                        .as(p.name() + ": a compile that is not a check names its artifact").isTrue();
            }
            assertThat(p.run().concurrency()).as(p.name()).isPositive();
            assertThat(p.run().defaults().memoryKb() == null || p.run().caps().memoryKb() == null
                    || p.run().defaults().memoryKb() <= p.run().caps().memoryKb()).as(p.name()).isTrue();
            assertThat(p.compilerOptions()).as(p.name()).isIn("gcc", "javac", "none");
        }
    }

    @Test
    void aLanguageIsFoundByNameAliasAndJudge0Id() {
        assertThat(Language.fromWireName("c++")).contains(Language.CPP);
        assertThat(Language.fromJudge0Id(71)).contains(Language.PYTHON);
        assertThat(Language.fromJudge0Id(52)).contains(Language.CPP);
        assertThat(Language.fromWireName("cobra")).isEmpty();
    }

    @Test
    void aProfileWithAnUnknownKeyOrWithoutItsCommandIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> LanguageProfiles.parse("""
                name: x
                displayName: X
                extensions: [x]
                toolchain: {product: X, requires: [/bin/x], version: [/bin/x]}
                source: main.x
                run: {command: [/bin/x], defaults: {}, caps: {}}
                colour: blue
                """, "languages/x.yaml")).hasMessageContaining("languages/x.yaml").hasMessageContaining("colour");
        assertThatThrownBy(() -> LanguageProfiles.parse("""
                name: x
                displayName: X
                extensions: [x]
                toolchain: {product: X, requires: [/bin/x], version: [/bin/x]}
                source: main.x
                """, "languages/x.yaml")).hasMessageContaining("languages/x.yaml").hasMessageContaining("run");
    }

    @Test
    void placeholdersExpandWithinAndAcrossArguments() {
        assertThat(CommandTemplate.expand(List.of("/usr/bin/cc", "-o", "{entryStem}", "{sources}", "{options}", "-Xmx{memoryKb}k"),
                java.util.Map.of("sources", List.of("a.c", "b.c"), "options", List.of()),
                java.util.Map.of("entryStem", "a", "memoryKb", "1024")))
                .containsExactly("/usr/bin/cc", "-o", "a", "a.c", "b.c", "-Xmx1024k");
        assertThatThrownBy(() -> CommandTemplate.expand(List.of("{nothing}"), java.util.Map.of(), java.util.Map.of()))
                .hasMessageContaining("{nothing}");
    }
}
