package dev.judge.run.problem;

import dev.judge.model.Status;
import dev.judge.sandbox.PairedResult;

/**
 * The status of one pass in which the submission and the problem's validator ran together, by the
 * specification's precedence:
 * <ol>
 *   <li>the validator ended first and rejected: WRONG_ANSWER, whatever the submission did then
 *       (crashed, or ran on until it was ended);</li>
 *   <li>the submission ran out of time: TIME_LIMIT_EXCEEDED;</li>
 *   <li>the validator failed (another exit code, a signal, its own limits): INTERNAL_ERROR naming it,
 *       never the submission's fault;</li>
 *   <li>the submission failed (a crash, its memory limit): that status, even when the validator accepted;</li>
 *   <li>else what the validator said: ACCEPTED or WRONG_ANSWER.</li>
 * </ol>
 */
public final class InteractiveVerdict {

    /** SIGPIPE: a side that wrote to a pipe its peer had closed ended after it. */
    static final int SIGPIPE = 13;
    /**
     * How much earlier than the submission the validator must have ended to count as first. A side
     * that ends makes its peer see the end of its input at once; the ends are the boxes' inits'
     * reap times (exact to about 0.2 ms since the inits run at real-time priority). The validator
     * counts as first only when it ended clearly first, so a submission that crashed is not blamed
     * for the rejection its crash caused: a Python program that closed its output at exit can end
     * up to 0.17 ms after the C validator that reacted to it. And the other way round, a submission
     * that a rejection broke ends after the validator by its own reaction time: 0.3 ms and more for
     * Python dying of its end of file (measured on the 2-vCPU machine, docs/performance.md), so
     * the margin must stay below that (it was 1 ms, and misjudged such runs RUNTIME_ERROR).
     */
    static final double FIRST_BY_SEC = 0.00025;

    private InteractiveVerdict() {
    }

    /** The side that ended first: the validator only when it ended clearly before the submission, or the submission died of SIGPIPE. */
    public static PairedResult.Side firstEnded(PairedResult pair) {
        if (pair.firstEnded() == null) {
            return null;
        }
        Integer signal = pair.submission().signal();
        if (signal != null && signal == SIGPIPE
                || pair.validatorEndedAtSec() + FIRST_BY_SEC < pair.submissionEndedAtSec()) {
            return PairedResult.Side.VALIDATOR;
        }
        return PairedResult.Side.SUBMISSION;
    }

    /**
     * @param firstEnded the side that ended first, or null when not known (the pair failed, or the sides ran one after the other)
     * @param submission the submission's own status (ACCEPTED when it ended normally)
     * @param validator what the validator's run said
     */
    public static Status decide(PairedResult.Side firstEnded, Status submission, Status validator) {
        if (validator == Status.WRONG_ANSWER && firstEnded == PairedResult.Side.VALIDATOR) {
            return Status.WRONG_ANSWER;
        }
        if (submission == Status.TIME_LIMIT_EXCEEDED) {
            return Status.TIME_LIMIT_EXCEEDED;
        }
        if (validator == Status.INTERNAL_ERROR) {
            return Status.INTERNAL_ERROR;
        }
        if (submission != Status.ACCEPTED) {
            return submission;
        }
        return validator;
    }
}
