package dev.judge.run.compare;

import dev.judge.model.CompareMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compares a program's output with the expected output, in one of the four modes. */
public final class OutputComparator {

    private OutputComparator() {
    }

    public static boolean matches(CompareMode mode, Double epsilon, byte[] actual, String expected) {
        return switch (mode) {
            case EXACT -> Arrays.equals(actual, expected.getBytes(StandardCharsets.UTF_8));
            case TRAILING_WHITESPACE -> significantLines(text(actual)).equals(significantLines(expected));
            case TOKENS -> tokens(text(actual)).equals(tokens(expected));
            case FLOAT -> floatTokensMatch(tokens(text(actual)), tokens(expected), epsilon == null ? 1e-6 : epsilon);
        };
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

    private static boolean floatTokensMatch(List<String> actual, List<String> expected, double epsilon) {
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < actual.size(); i++) {
            String a = actual.get(i);
            String e = expected.get(i);
            if (a.equals(e)) {
                continue;
            }
            try {
                double x = Double.parseDouble(a);
                double y = Double.parseDouble(e);
                double diff = Math.abs(x - y);
                if (!(diff <= epsilon || diff <= epsilon * Math.abs(y))) {
                    return false;
                }
            } catch (NumberFormatException notNumbers) {
                return false;
            }
        }
        return true;
    }
}
