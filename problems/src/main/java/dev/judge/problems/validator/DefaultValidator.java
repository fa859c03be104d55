package dev.judge.problems.validator;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The specification's default output validator. Both files are split into tokens at runs of
 * whitespace; tokens are compared in order, and the output must have exactly as many as the answer.
 * <ul>
 *   <li>A token compares as a string: byte for byte with {@code case_sensitive}, else with ASCII letters
 *       equal up to case.</li>
 *   <li>With a float tolerance set, an answer token that is a decimal number is compared as a number: the
 *       output token must be one too, and is accepted if {@code |out - ans| <= abs} or
 *       {@code |out - ans| <= rel * |ans|} for whichever tolerances are set. An answer token that is not
 *       a number still compares as a string.</li>
 *   <li>With {@code space_change_sensitive}, every whitespace run (leading and trailing too) must equal the
 *       answer's byte for byte; otherwise whitespace only separates tokens.</li>
 * </ul>
 * The first difference rejects, with a message naming the token and the lines in both files.
 */
public final class DefaultValidator {

    /** Tokens are cut to about this many bytes in messages. */
    private static final int SHOWN = 30;

    private final ValidatorFlags flags;

    public DefaultValidator(ValidatorFlags flags) {
        this.flags = Objects.requireNonNull(flags, "flags");
    }

    /** Judges one output against its answer file. */
    public Judgement judge(byte[] answer, byte[] output) {
        Cursor ans = new Cursor(answer);
        Cursor out = new Cursor(output);
        for (int token = 1; ; token++) {
            String spaceError = compareSpace(ans, out);
            if (spaceError != null) {
                return reject(ans, out, spaceError);
            }
            boolean moreAnswer = ans.nextToken();
            boolean moreOutput = out.nextToken();
            if (!moreAnswer && !moreOutput) {
                return Judgement.ACCEPTED;
            }
            if (!moreOutput) {
                String what = output.length == 0 ? "the output is empty"
                        : token == 1 ? "the output has only whitespace" : "the output ended";
                return reject(ans, out, what + " where the answer has token " + token + " \"" + shown(ans) + "\"");
            }
            if (!moreAnswer) {
                return reject(ans, out, "trailing output: token " + token + " \"" + shown(out)
                        + "\" after the answer's last token");
            }
            String difference = compareTokens(ans, out);
            if (difference != null) {
                return reject(ans, out, "token " + token + ": " + difference);
            }
        }
    }

    private String compareSpace(Cursor ans, Cursor out) {
        int ansStart = ans.skipSpace();
        int outStart = out.skipSpace();
        if (!flags.spaceChangeSensitive()) {
            return null;
        }
        int ansLength = ans.position() - ansStart;
        int outLength = out.position() - outStart;
        for (int i = 0; i < Math.min(ansLength, outLength); i++) {
            byte a = ans.data()[ansStart + i];
            byte o = out.data()[outStart + i];
            if (a != o) {
                return "whitespace differs: got " + name(o) + " where the answer has " + name(a);
            }
        }
        if (ansLength != outLength) {
            return "whitespace differs: " + outLength + " whitespace characters where the answer has " + ansLength;
        }
        return null;
    }

    private String compareTokens(Cursor ans, Cursor out) {
        byte[] a = ans.data();
        byte[] o = out.data();
        if (flags.floats()) {
            double expected = Numbers.parse(a, ans.tokenStart(), ans.tokenEnd());
            if (!Double.isNaN(expected)) {
                double got = Numbers.parse(o, out.tokenStart(), out.tokenEnd());
                if (Double.isNaN(got)) {
                    return "expected a number like \"" + shown(ans) + "\", got \"" + shown(out) + "\"";
                }
                return withinTolerance(expected, got) ? null
                        : "too large a difference: answer " + shown(ans) + ", output " + shown(out)
                                + String.format(Locale.ROOT, " (absolute error %.3g, relative error %s)",
                                        Math.abs(got - expected), expected == 0 ? "undefined"
                                                : String.format(Locale.ROOT, "%.3g", Math.abs(got - expected)
                                                        / Math.abs(expected)));
            }
        }
        int length = ans.tokenEnd() - ans.tokenStart();
        boolean same = length == out.tokenEnd() - out.tokenStart();
        for (int i = 0; same && i < length; i++) {
            byte x = a[ans.tokenStart() + i];
            byte y = o[out.tokenStart() + i];
            same = x == y || (!flags.caseSensitive() && lower(x) == lower(y));
        }
        return same ? null : "expected \"" + shown(ans) + "\", got \"" + shown(out) + "\"";
    }

    private boolean withinTolerance(double expected, double got) {
        double error = Math.abs(got - expected);
        return (flags.absoluteTolerance().isPresent() && error <= flags.absoluteTolerance().getAsDouble())
                || (flags.relativeTolerance().isPresent()
                        && error <= flags.relativeTolerance().getAsDouble() * Math.abs(expected));
    }

    private static Judgement reject(Cursor ans, Cursor out, String what) {
        return Judgement.wrongAnswer("Wrong answer on line " + out.reportLine() + " of the output (line "
                + ans.reportLine() + " of the answer): " + what);
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + ('a' - 'A')) : b;
    }

    private static String shown(Cursor cursor) {
        int length = cursor.tokenEnd() - cursor.tokenStart();
        String text = new String(cursor.data(), cursor.tokenStart(), Math.min(length, SHOWN), StandardCharsets.UTF_8);
        return length > SHOWN ? text + "..." : text;
    }

    private static String name(byte b) {
        return switch (b) {
            case ' ' -> "a space";
            case '\n' -> "a newline";
            case '\t' -> "a tab";
            case '\r' -> "a carriage return";
            default -> String.format(Locale.ROOT, "byte 0x%02x", b);
        };
    }
}
