package dev.judge.problems;

import java.util.Objects;

/**
 * A problem's time limit per test case, in CPU seconds, and where it came from.
 *
 * @param seconds the limit
 * @param source which rule gave it
 */
public record TimeLimit(double seconds, Source source) {

    public TimeLimit {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("time limit must be a positive number of seconds: " + seconds);
        }
        Objects.requireNonNull(source, "source");
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
