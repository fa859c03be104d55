package dev.judge.problems.grading;

import dev.judge.model.Status;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one test case got: its verdict, and the score its validator wrote ({@code score.txt}), if any.
 *
 * @param status the test's verdict; {@link Status#SKIPPED} for a test that was not run
 * @param score the validator's score, where it gave one
 */
public record TestOutcome(Status status, OptionalDouble score) {

    public TestOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(score, "score");
    }

    public static TestOutcome of(Status status) {
        return new TestOutcome(status, OptionalDouble.empty());
    }

    public static TestOutcome of(Status status, double score) {
        return new TestOutcome(status, OptionalDouble.of(score));
    }

    /** Whether the test ran (a skipped one did not). */
    public boolean judged() {
        return status != Status.SKIPPED;
    }
}
