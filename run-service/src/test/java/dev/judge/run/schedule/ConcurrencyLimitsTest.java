package dev.judge.run.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitsTest {

    @Test
    void aLanguagesLimitIsItsProfilesConcurrencyCappedByTheBoxes() {
        ConcurrencyLimits many = ConcurrencyLimits.design(64);
        assertThat(many.limit(Language.JAVA, 0)).isEqualTo(8);
        assertThat(many.limit(Language.C, 0)).isEqualTo(20);
        assertThat(many.limit(Language.CPP, 0)).isEqualTo(20);
        assertThat(many.limit(Language.PYTHON, 0)).isEqualTo(15);
        assertThat(many.limit(Language.JAVASCRIPT, 0)).isEqualTo(15);
        ConcurrencyLimits few = ConcurrencyLimits.design(4);
        assertThat(few.limit(Language.C, 0)).isEqualTo(4);
        assertThat(few.limit(Language.JAVA, 0)).isEqualTo(4);
    }

    @Test
    void eachBackOffStepHalvesTheLimitDownToOne() {
        ConcurrencyLimits limits = ConcurrencyLimits.design(64);
        assertThat(limits.limit(Language.C, 0)).isEqualTo(20);
        assertThat(limits.limit(Language.C, 1)).isEqualTo(10);
        assertThat(limits.limit(Language.C, 2)).isEqualTo(5);
        assertThat(limits.limit(Language.C, 5)).isEqualTo(1);
        assertThat(limits.limit(Language.JAVA, 40)).isEqualTo(1);
    }

    @Test
    void everyLanguageNeedsACapOfAtLeastOne() {
        assertThatThrownBy(() -> new ConcurrencyLimits(Map.of(Language.C, 1), 2)).hasMessageContaining("cpp");
    }
}
