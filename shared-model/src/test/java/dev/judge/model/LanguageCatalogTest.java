package dev.judge.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run limits per language, pinned to the design's numbers. */
class LanguageCatalogTest {

    private final LanguageCatalog catalog = LanguageCatalog.defaults();

    @Test
    void defaultsFollowTheDesign() {
        assertThat(catalog.entry(Language.JAVA).defaults()).isEqualTo(new RunLimits(2, 0.5, 5, 524_288, 65_536, 64, 1_024));
        assertThat(catalog.entry(Language.C).defaults()).isEqualTo(new RunLimits(2, 0.5, 5, 262_144, 65_536, 1, 1_024));
        assertThat(catalog.entry(Language.CPP).defaults()).isEqualTo(new RunLimits(2, 0.5, 5, 262_144, 65_536, 1, 1_024));
        assertThat(catalog.entry(Language.PYTHON).defaults()).isEqualTo(new RunLimits(2, 0.5, 5, 131_072, 65_536, 16, 1_024));
        assertThat(catalog.entry(Language.JAVASCRIPT).defaults())
                .isEqualTo(new RunLimits(2, 0.5, 5, 131_072, 65_536, 16, 1_024));
    }

    @Test
    void capsFollowTheDesign() {
        assertThat(catalog.entry(Language.JAVA).caps()).isEqualTo(new RunLimits(8, 2, 20, 524_288, 262_144, 256, 65_536));
        assertThat(catalog.entry(Language.C).caps()).isEqualTo(new RunLimits(10, 2, 21, 262_144, 262_144, 64, 65_536));
        assertThat(catalog.entry(Language.CPP).caps()).isEqualTo(new RunLimits(10, 2, 21, 262_144, 262_144, 64, 65_536));
        assertThat(catalog.entry(Language.PYTHON).caps()).isEqualTo(new RunLimits(5, 2, 11, 131_072, 131_072, 64, 65_536));
        assertThat(catalog.entry(Language.JAVASCRIPT).caps()).isEqualTo(new RunLimits(5, 2, 11, 131_072, 131_072, 64, 65_536));
    }
}
