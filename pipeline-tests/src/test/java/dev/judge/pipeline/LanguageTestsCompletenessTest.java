package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Adding a language is its profile plus its tests: a declared language without them fails here. */
class LanguageTestsCompletenessTest {

    @Test
    void everyDeclaredLanguageHasItsEndToEndPrograms() {
        assertThat(LanguagePrograms.missing())
                .as("every language in shared-model's languages/index needs these programs (LanguagesIT judges them)")
                .isEmpty();
    }
}
