package dev.judge.run.compare;

import dev.judge.model.CompareMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/** Compares a program's output with the expected output, in one of the four modes. */
public final class OutputComparator {

    private OutputComparator() {
    }

    /** Compares exact bytes in EXACT mode; the other modes read both sides as UTF-8 text. */
    public static boolean matches(CompareMode mode, Double epsilon, byte[] actual, byte[] expected) {
        return switch (mode) {
            case EXACT -> Arrays.equals(actual, expected);
            case TRAILING_WHITESPACE -> significantLines(text(actual)).equals(significantLines(text(expected)));
            case TOKENS -> tokens(text(actual)).equals(tokens(text(expected)));
            case FLOAT -> floatTokensMatch(tokens(text(actual)), tokens(text(expected)), epsilon == null ? 1e-6 : epsilon);
        };
    }

    /** Compares with an expected output given as text. */
    public static boolean matches(CompareMode mode, Double epsilon, byte[] actual, String expected) {
        return matches(mode, epsilon, actual, expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Judge0's rule: trailing whitespace of every line and trailing blank lines do not count. */
    static List<String> significantLines(String s) {
        List<String> lines = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    static List<String> tokens(String s) {
        String trimmed = s.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    /**
     * The ICPC default output validator's rule for numbers: where the expected token is a number,
     * the program's token must be a number too (decimal, with an optional exponent, or {@code inf},
     * {@code infinity}, {@code nan} in any case, signed), within the absolute or the relative
     * tolerance of the expected one; NaN matches NaN and an infinity the same infinity. Other
     * tokens must be equal.
     */
    private static boolean floatTokensMatch(List<String> actual, List<String> expected, double epsilon) {
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            if (!floatTokenMatches(actual.get(i), expected.get(i), epsilon)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:inf|infinity|nan))");

    static boolean floatTokenMatches(String actual, String expected, double epsilon) {
        OptionalDouble judge = number(expected);
        if (judge.isEmpty()) {
            return actual.equals(expected);
        }
        OptionalDouble team = number(actual);
        if (team.isEmpty()) {
            return false;
        }
        double y = judge.getAsDouble();
        double x = team.getAsDouble();
        if (Double.isNaN(y) || Double.isNaN(x)) {
            return Double.isNaN(y) && Double.isNaN(x);
        }
        if (Double.isInfinite(y) || Double.isInfinite(x)) {
            return x == y;
        }
        double diff = Math.abs(x - y);
        return diff <= epsilon || diff <= epsilon * Math.abs(y);
    }

    private static OptionalDouble number(String token) {
        if (!NUMBER.matcher(token).matches()) {
            return OptionalDouble.empty();
        }
        String t = token.toLowerCase(java.util.Locale.ROOT);
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1 : 1;
        return switch (unsigned) {
            case "nan" -> OptionalDouble.of(Double.NaN);
            case "inf", "infinity" -> OptionalDouble.of(sign * Double.POSITIVE_INFINITY);
            default -> OptionalDouble.of(Double.parseDouble(t));
        };
    }
}
