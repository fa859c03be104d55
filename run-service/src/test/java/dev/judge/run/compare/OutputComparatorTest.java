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
}
