package dev.judge.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The specification's time limit inference. */
class TimeLimitsTest {

    @Test
    void theSmallestMultipleOfTheResolutionAboveTheSlowestAcceptedRunTimesTheMultiplier() {
        assertThat(TimeLimits.infer(0.6, OptionalDouble.empty(), TimeMultipliers.DEFAULT, 1.0)).hasValue(2.0);
        assertThat(TimeLimits.infer(0.5, OptionalDouble.empty(), TimeMultipliers.DEFAULT, 1.0)).hasValue(1.0);
        assertThat(TimeLimits.infer(0.26, OptionalDouble.empty(), TimeMultipliers.DEFAULT, 0.25)).hasValue(0.75);
        assertThat(TimeLimits.infer(0.3, OptionalDouble.empty(), TimeMultipliers.LEGACY_DEFAULT, 1.0)).hasValue(2.0);
    }

    @Test
    void noLimitWhenATooSlowSubmissionWouldPass() {
        assertThat(TimeLimits.infer(0.6, OptionalDouble.of(3.0), TimeMultipliers.DEFAULT, 1.0)).hasValue(2.0);
        assertThat(TimeLimits.infer(0.6, OptionalDouble.of(2.9), TimeMultipliers.DEFAULT, 1.0)).isEmpty();
    }

    @Test
    void aComputedLimitSaysSo() {
        Limits limits = new Limits(new TimeLimit(1, TimeLimit.Source.DEFAULT), TimeMultipliers.DEFAULT, 1.0,
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty(),
                java.util.OptionalInt.empty(), java.util.OptionalInt.empty(), 2);
        assertThat(TimeLimits.computed(1.2, OptionalDouble.empty(), limits))
                .hasValue(new TimeLimit(3.0, TimeLimit.Source.COMPUTED));
    }
}
