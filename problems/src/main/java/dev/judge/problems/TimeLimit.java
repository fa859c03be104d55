package dev.judge.problems;

import java.util.Objects;

/**
 * A problem's time limit per test case, in CPU seconds, and where it came from.
 *
 * @param seconds the limit
 * @param source which rule gave it
 * @param derivation how a computed limit was derived (the slowest accepted run, the multiplier, the
 *     rounding), or why a package without a limit got the default; null when the source says it all
 */
public record TimeLimit(double seconds, Source source, String derivation) {

    public TimeLimit {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("time limit must be a positive number of seconds: " + seconds);
        }
        Objects.requireNonNull(source, "source");
    }

    /** A limit whose source says where it came from. */
    public TimeLimit(double seconds, Source source) {
        this(seconds, source, null);
    }

    /** This limit, saying how it was derived. */
    public TimeLimit derivedAs(String how) {
        return new TimeLimit(seconds, source, how);
    }

    /** Which rule gave a time limit. */
    public enum Source {
        /** {@code limits.time_limit} in {@code problem.yaml} (2023-07 and later). */
        PROBLEM_YAML,
        /** A {@code .timelimit} file at the package root, as DOMjudge and problem tools write it. */
        TIMELIMIT_FILE,
        /** Inferred from the example submissions' run times and the time multipliers ({@link TimeLimits#infer}). */
        COMPUTED,
        /** The package says nothing: the engine's default. */
        DEFAULT
    }
}
