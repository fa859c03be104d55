package dev.judge.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.Language;
import dev.judge.sandbox.Limits;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The compile limits per language: each profile's, as compile-service.yml ships them (no overrides). */
class CompilePropertiesTest {

    private static CompileProperties shipped() throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        new YamlPropertySourceLoader().load("compile-service", new ClassPathResource("compile-service.yml"))
                .forEach(env.getPropertySources()::addLast);
        return Binder.get(env).bind("judge.compile", CompileProperties.class).get();
    }

    @Test
    void eachLanguageCompilesUnderItsOwnLimits() throws IOException {
        var limits = shipped().compileLimits();
        assertThat(limits.of(Language.C)).isEqualTo(new Limits(10, 0, 20, 524_288, 0, 0, 64, 131_072, 256));
        assertThat(limits.of(Language.CPP)).isEqualTo(new Limits(20, 0, 30, 1_048_576, 0, 0, 64, 131_072, 256));
        assertThat(limits.of(Language.JAVA)).isEqualTo(new Limits(15, 0, 30, 786_432, 0, 0, 128, 131_072, 256));
        assertThat(limits.of(Language.PYTHON)).isEqualTo(new Limits(5, 0, 10, 262_144, 0, 0, 16, 16_384, 256));
        assertThat(limits.of(Language.JAVASCRIPT)).isEqualTo(new Limits(5, 0, 10, 262_144, 0, 0, 32, 16_384, 256));
    }

    @Test
    void anOperatorsEntryOverridesTheProfileAndAnUnknownLanguageIsRefusedByName() {
        var props = new CompileProperties(null, Map.of("c", new CompileProperties.Limits(1, 2, 1024, 1, 1024)),
                1024, 40, Map.of(), null, null, null, null, null);
        assertThat(props.compileLimits().of(Language.C)).isEqualTo(new Limits(1, 0, 2, 1024, 0, 0, 1, 1024, 256));
        assertThat(props.compileLimits().of(Language.CPP)).isEqualTo(new Limits(20, 0, 30, 1_048_576, 0, 0, 64, 131_072, 256));
        assertThatThrownBy(() -> new CompileProperties(null, Map.of("cobra", new CompileProperties.Limits(1, 2, 1024, 1, 1024)),
                1024, 40, Map.of(), null, null, null, null, null)).hasMessageContaining("judge.compile.limits.cobra");
    }
}
