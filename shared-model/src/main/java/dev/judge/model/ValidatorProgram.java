package dev.judge.model;

import java.util.Objects;

/**
 * A problem's own output validator, compiled once at import like a program, as a test case that it
 * judges names it: run-service runs it in a box of its own after the submission (or beside it, for
 * an interactive problem), never in the submission's box.
 *
 * @param kind its calling convention
 * @param language the language its artifact runs as
 * @param artifactKey the Redis key of its artifact (kept, never evicted)
 * @param limits its own limits per run (the package's {@code validation_time} and {@code validation_memory})
 * @param interactive whether it talks with the submission while both run, their pipes crossed
 * @param passes the most passes a test makes: 1, or the package's {@code validation_passes} for a multi-pass problem
 */
public record ValidatorProgram(Kind kind, Language language, String artifactKey, RunLimits limits, boolean interactive,
        int passes) {

    public ValidatorProgram {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(artifactKey, "artifactKey");
        Objects.requireNonNull(limits, "limits");
        if (passes < 1) {
            throw new IllegalArgumentException("a test makes at least one pass: " + passes);
        }
    }

    /** How a validator is called and how it reports. */
    public enum Kind {
        /**
         * The problem package specification's: {@code validator input answer feedback_dir [flags] < output};
         * exit 42 accepted, 43 wrong answer; {@code judgemessage.txt} and {@code score.txt} in the feedback directory.
         */
        KATTIS,
        /**
         * A testlib checker: {@code checker input output answer}; exit 0 accepted, 1 wrong answer, 2
         * presentation error (a wrong answer), 3 the checker's own failure, 7 partial points
         * ({@code points <value>} at the start of its report).
         */
        TESTLIB
    }

    public boolean multiPass() {
        return passes > 1;
    }
}
