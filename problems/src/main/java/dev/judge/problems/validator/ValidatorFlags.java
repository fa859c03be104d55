package dev.judge.problems.validator;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The default validator's flags: {@code case_sensitive}, {@code space_change_sensitive},
 * {@code float_absolute_tolerance ε}, {@code float_relative_tolerance ε} and {@code float_tolerance ε}
 * (both tolerances at once).
 *
 * @param caseSensitive tokens must match byte for byte; otherwise ASCII letters match up to case
 * @param spaceChangeSensitive the whitespace between, before and after tokens must match exactly
 * @param absoluteTolerance a number in the answer accepts an output number within this absolute error
 * @param relativeTolerance ... or within this error relative to the answer's value
 */
public record ValidatorFlags(boolean caseSensitive, boolean spaceChangeSensitive, OptionalDouble absoluteTolerance,
        OptionalDouble relativeTolerance) {

    /** No flags: case-insensitive tokens, any whitespace, numbers compared as strings. */
    public static final ValidatorFlags DEFAULT = new ValidatorFlags(false, false, OptionalDouble.empty(),
            OptionalDouble.empty());

    /** Whether numbers are compared as numbers. */
    public boolean floats() {
        return absoluteTolerance.isPresent() || relativeTolerance.isPresent();
    }

    /**
     * Parses the flags as a package gives them (the problem's {@code validator_flags} then the group's).
     *
     * @throws IllegalArgumentException for an unknown flag, a tolerance that is missing, not a finite
     *     non-negative number or given twice, or {@code float_tolerance} beside another tolerance
     */
    public static ValidatorFlags parse(List<String> args) {
        boolean caseSensitive = false;
        boolean spaceChangeSensitive = false;
        Double absolute = null;
        Double relative = null;
        boolean both = false;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            switch (flag) {
                case "case_sensitive" -> caseSensitive = true;
                case "space_change_sensitive" -> spaceChangeSensitive = true;
                case "float_absolute_tolerance", "float_relative_tolerance", "float_tolerance" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException(flag + " needs a value");
                    }
                    double value = tolerance(flag, args.get(++i));
                    if (flag.equals("float_tolerance") ? (absolute != null || relative != null)
                            : both || (flag.equals("float_absolute_tolerance") ? absolute != null : relative != null)) {
                        throw new IllegalArgumentException(flag + ": a tolerance is given twice");
                    }
                    if (flag.equals("float_tolerance")) {
                        both = true;
                        absolute = value;
                        relative = value;
                    } else if (flag.equals("float_absolute_tolerance")) {
                        absolute = value;
                    } else {
                        relative = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown flag '" + flag
                        + "' (the default validator takes case_sensitive, space_change_sensitive,"
                        + " float_tolerance, float_absolute_tolerance and float_relative_tolerance)");
            }
        }
        return new ValidatorFlags(caseSensitive, spaceChangeSensitive,
                absolute == null ? OptionalDouble.empty() : OptionalDouble.of(absolute),
                relative == null ? OptionalDouble.empty() : OptionalDouble.of(relative));
    }

    private static double tolerance(String flag, String value) {
        double parsed = Numbers.parse(value.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, value.length());
        if (Double.isNaN(parsed) || parsed < 0) {
            throw new IllegalArgumentException(flag + " needs a finite non-negative number, not '" + value + "'");
        }
        return parsed;
    }
}
