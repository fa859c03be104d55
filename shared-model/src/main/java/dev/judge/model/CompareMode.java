package dev.judge.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a test's output is compared with the expected output. */
public enum CompareMode {
    /** Judge0's default: trailing whitespace of every line and trailing blank lines ignored. */
    TRAILING_WHITESPACE("trailing-whitespace"),
    /** Whitespace-separated tokens. */
    TOKENS("tokens"),
    /** Byte for byte. */
    EXACT("exact"),
    /** Tokens, numbers equal within an absolute or relative epsilon. */
    FLOAT("float");

    private final String wireName;

    CompareMode(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @JsonCreator
    static CompareMode fromJson(String name) {
        return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown compare mode '" + name
                        + "' (expected trailing-whitespace, tokens, exact or float)"));
    }
}
