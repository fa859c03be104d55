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

    private InteractiveVerdict() {
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
