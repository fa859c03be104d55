package dev.judge.problems.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ValidatorFlagsTest {

    @Test
    void noFlagsIsTheDefault() {
        assertThat(ValidatorFlags.parse(List.of())).isEqualTo(ValidatorFlags.DEFAULT);
        assertThat(ValidatorFlags.DEFAULT.floats()).isFalse();
    }

    @Test
    void everyFlagIsRead() {
        ValidatorFlags flags = ValidatorFlags.parse(List.of("case_sensitive", "space_change_sensitive",
                "float_absolute_tolerance", "1e-6", "float_relative_tolerance", "0.001"));
        assertThat(flags).isEqualTo(new ValidatorFlags(true, true, OptionalDouble.of(1e-6), OptionalDouble.of(0.001)));
        assertThat(flags.floats()).isTrue();
    }

    @Test
    void floatToleranceIsBothTolerances() {
        assertThat(ValidatorFlags.parse(List.of("float_tolerance", "1e-4")))
                .isEqualTo(new ValidatorFlags(false, false, OptionalDouble.of(1e-4), OptionalDouble.of(1e-4)));
    }

    @Test
    void aToleranceGivenTwiceIsAnError() {
        assertThatThrownBy(() -> ValidatorFlags.parse(List.of("float_tolerance", "1", "float_absolute_tolerance", "1")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> ValidatorFlags.parse(List.of("float_relative_tolerance", "1", "float_tolerance", "1")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> ValidatorFlags.parse(List.of("float_absolute_tolerance", "1",
                "float_absolute_tolerance", "2"))).hasMessageContaining("twice");
    }

    @Test
    void aBadToleranceIsAnError() {
        assertThatThrownBy(() -> ValidatorFlags.parse(List.of("float_tolerance"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> ValidatorFlags.parse(List.of("float_tolerance", "abc")))
                .hasMessageContaining("finite non-negative");
        assertThatThrownBy(() -> ValidatorFlags.parse(List.of("float_tolerance", "-1")))
                .hasMessageContaining("finite non-negative");
    }

    @Test
    void anUnknownFlagIsAnError() {
        assertThatThrownBy(() -> ValidatorFlags.parse(List.of("ignore_case"))).hasMessageContaining("unknown flag 'ignore_case'");
    }
}
