package dev.judge.run.problem;

import dev.judge.model.Status;
import dev.judge.model.TestCaseScheduled;
import dev.judge.problems.validator.DefaultValidator;
import dev.judge.problems.validator.Judgement;
import dev.judge.problems.validator.ValidatorFlags;
import java.io.IOException;

/**
 * Judges a problem's test case that ran to its end: the package's default output validator with the
 * test case's flags compares the program's whole output (up to the output limit, never the record's
 * copy) with the answer. A fault of the judge's own (flags it cannot read, data it cannot load) is
 * an INTERNAL_ERROR that says so, never the submission's fault.
 */
public final class ProblemJudge {

    /** Feedback is bounded like outputs in the verdict record. */
    static final int FEEDBACK_CHARS = 8 * 1024;

    private final ProblemDataCache data;

    public ProblemJudge(ProblemDataCache data) {
        this.data = data;
    }

    /** What the validator said: a status and its message for the test's feedback. */
    public record Decision(Status status, String feedback) {
    }

    public byte[] input(TestCaseScheduled.ProblemTest test) throws IOException {
        return data.input(test);
    }

    public Decision judge(TestCaseScheduled.ProblemTest test, byte[] output) {
        ValidatorFlags flags;
        try {
            flags = ValidatorFlags.parse(test.validatorFlags());
        } catch (IllegalArgumentException e) {
            return new Decision(Status.INTERNAL_ERROR, "the default validator cannot read the flags " + test.validatorFlags()
                    + " of test " + test.name() + ": " + e.getMessage());
        }
        byte[] answer;
        try {
            answer = data.answer(test);
        } catch (IOException e) {
            return new Decision(Status.INTERNAL_ERROR, "cannot load the answer of test " + test.name() + ": " + e.getMessage());
        }
        Judgement j = new DefaultValidator(flags).judge(answer, output);
        return new Decision(j.status(), bounded(j.judgeMessage()));
    }

    /** A validator's message as the verdict carries it: at most {@link #FEEDBACK_CHARS}. */
    static String bounded(String message) {
        return message.length() > FEEDBACK_CHARS ? message.substring(0, FEEDBACK_CHARS) : message;
    }
}
