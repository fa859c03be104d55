package dev.judge.run.compare;

import static dev.judge.model.CompareMode.EXACT;
import static dev.judge.model.CompareMode.FLOAT;
import static dev.judge.model.CompareMode.TOKENS;
import static dev.judge.model.CompareMode.TRAILING_WHITESPACE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputComparatorTest {

    private static boolean matches(dev.judge.model.CompareMode mode, String actual, String expected) {
        return OutputComparator.matches(mode, 1e-6, actual.getBytes(StandardCharsets.UTF_8), expected);
    }

    @Test
    void trailingWhitespaceAndTrailingBlankLinesDoNotCountByDefault() {
        assertThat(matches(TRAILING_WHITESPACE, "1 2  \n3\t\n\n\n", "1 2\n3")).isTrue();
        assertThat(matches(TRAILING_WHITESPACE, "1 2\r\n3\r\n", "1 2\n3\n")).isTrue();
        assertThat(matches(TRAILING_WHITESPACE, " 1 2\n3", "1 2\n3")).as("leading space counts").isFalse();
        assertThat(matches(TRAILING_WHITESPACE, "1\n\n2", "1\n2")).as("inner blank line counts").isFalse();
        assertThat(matches(TRAILING_WHITESPACE, "", "")).isTrue();
    }

    @Test
    void tokensIgnoreAllWhitespace() {
        assertThat(matches(TOKENS, "1   2\n\n 3 ", "1 2 3")).isTrue();
        assertThat(matches(TOKENS, "1 2", "1 2 3")).isFalse();
    }

    @Test
    void exactComparesBytes() {
        assertThat(matches(EXACT, "1\n", "1\n")).isTrue();
        assertThat(matches(EXACT, "1", "1\n")).isFalse();
    }

    @Test
    void floatAcceptsAbsoluteOrRelativeError() {
        assertThat(matches(FLOAT, "0.3333333", "0.33333333")).isTrue();
        assertThat(matches(FLOAT, "1000000.5", "1000000.0")).as("relative").isTrue();
        assertThat(matches(FLOAT, "0.34", "0.33")).isFalse();
        assertThat(matches(FLOAT, "yes 1.0", "yes 1.0000001")).isTrue();
        assertThat(matches(FLOAT, "no 1.0", "yes 1.0")).isFalse();
        assertThat(matches(FLOAT, "NaN", "1")).isFalse();
    }

    @Test
    void floatFollowsTheIcpcValidatorForSpecialValuesAndExponents() {
        assertThat(matches(FLOAT, "inf", "INF")).isTrue();
        assertThat(matches(FLOAT, "-Infinity", "-inf")).isTrue();
        assertThat(matches(FLOAT, "inf", "-inf")).isFalse();
        assertThat(matches(FLOAT, "1e308", "inf")).as("a finite number is not infinity").isFalse();
        assertThat(matches(FLOAT, "nan", "NaN")).isTrue();
        assertThat(matches(FLOAT, "NAN", "nan")).isTrue();
        assertThat(matches(FLOAT, "0", "nan")).isFalse();
        assertThat(matches(FLOAT, "1.5e3", "1500")).as("exponent in the program's output").isTrue();
        assertThat(matches(FLOAT, "1500", "1.5E+3")).as("exponent in the expected output").isTrue();
        assertThat(matches(FLOAT, "2.5e-7", "0")).as("absolute error").isTrue();
        assertThat(matches(FLOAT, "+.5", "0.5")).isTrue();
        assertThat(matches(FLOAT, "5.", "5")).isTrue();
    }

    @Test
    void floatRefusesWhatIsNotADecimalNumber() {
        assertThat(matches(FLOAT, "1d", "1")).as("Java's double suffix").isFalse();
        assertThat(matches(FLOAT, "1f", "1")).isFalse();
        assertThat(matches(FLOAT, "0x1p0", "1")).as("hexadecimal").isFalse();
        assertThat(matches(FLOAT, "1e", "1")).isFalse();
        assertThat(matches(FLOAT, "Inf", "word")).as("a non-number expected token is compared as text").isFalse();
        assertThat(matches(FLOAT, "word", "word")).isTrue();
    }
}
