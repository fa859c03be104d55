package dev.judge.run.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.Language;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitsTest {

    @Test
    void optimalConcurrencyIsTheBatchCappedByTheLanguageAndTheBoxes() {
        ConcurrencyLimits many = ConcurrencyLimits.design(64);
        assertThat(many.optimalConcurrency(Language.JAVA, 50)).isEqualTo(8);
        assertThat(many.optimalConcurrency(Language.C, 50)).isEqualTo(20);
        assertThat(many.optimalConcurrency(Language.CPP, 50)).isEqualTo(20);
        assertThat(many.optimalConcurrency(Language.PYTHON, 50)).isEqualTo(15);
        assertThat(many.optimalConcurrency(Language.JAVASCRIPT, 50)).isEqualTo(15);
        assertThat(many.optimalConcurrency(Language.JAVA, 3)).isEqualTo(3);
        ConcurrencyLimits few = ConcurrencyLimits.design(4);
        assertThat(few.optimalConcurrency(Language.C, 50)).isEqualTo(4);
        assertThat(few.optimalConcurrency(Language.JAVA, 50)).isEqualTo(4);
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
