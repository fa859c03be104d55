package dev.judge.state;

import dev.judge.model.SubmissionState;
import dev.judge.model.Verdict;
import java.util.Objects;

/**
 * What a client may be shown of a submission: its verdict, or where it is on its way to one.
 * {@link SubmissionViews#view} reads it in one Redis command, so a view is never the state of one
 * moment and the verdict of another: there is no DONE without its verdict.
 */
public sealed interface SubmissionView {

    /** The submission has its verdict. */
    record Judged(Verdict verdict) implements SubmissionView {
        public Judged {
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * The submission has no verdict yet: QUEUED, COMPILING or RUNNING, the in-flight states of the
     * contract, never DONE.
     */
    record InFlight(SubmissionState state, int passed, int total) implements SubmissionView {
        public InFlight {
            if (state == SubmissionState.DONE) {
                throw new IllegalArgumentException("DONE is shown with its verdict, never in flight");
            }
        }
    }
}
