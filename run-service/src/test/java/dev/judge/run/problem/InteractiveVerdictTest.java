package dev.judge.run.problem;

import static dev.judge.model.Status.ACCEPTED;
import static dev.judge.model.Status.INTERNAL_ERROR;
import static dev.judge.model.Status.MEMORY_LIMIT_EXCEEDED;
import static dev.judge.model.Status.RUNTIME_ERROR;
import static dev.judge.model.Status.TIME_LIMIT_EXCEEDED;
import static dev.judge.model.Status.WRONG_ANSWER;
import static dev.judge.sandbox.PairedResult.Side.SUBMISSION;
import static dev.judge.sandbox.PairedResult.Side.VALIDATOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The specification's precedence when a submission and its validator ran together. */
class InteractiveVerdictTest {

    @Test
    void aValidatorThatRejectsFirstDecidesWhateverTheSubmissionDidThen() {
        assertThat(InteractiveVerdict.decide(VALIDATOR, RUNTIME_ERROR, WRONG_ANSWER)).isEqualTo(WRONG_ANSWER);
        assertThat(InteractiveVerdict.decide(VALIDATOR, TIME_LIMIT_EXCEEDED, WRONG_ANSWER)).isEqualTo(WRONG_ANSWER);
    }

    @Test
    void aSubmissionOutOfTimeIsTimeLimitExceededUnlessTheValidatorRejectedFirst() {
        assertThat(InteractiveVerdict.decide(SUBMISSION, TIME_LIMIT_EXCEEDED, WRONG_ANSWER)).isEqualTo(TIME_LIMIT_EXCEEDED);
        assertThat(InteractiveVerdict.decide(SUBMISSION, TIME_LIMIT_EXCEEDED, INTERNAL_ERROR)).isEqualTo(TIME_LIMIT_EXCEEDED);
    }

    @Test
    void aFailingValidatorIsTheJudgesErrorNotTheSubmissions() {
        assertThat(InteractiveVerdict.decide(VALIDATOR, ACCEPTED, INTERNAL_ERROR)).isEqualTo(INTERNAL_ERROR);
        assertThat(InteractiveVerdict.decide(SUBMISSION, RUNTIME_ERROR, INTERNAL_ERROR)).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void aSubmissionThatCrashedWhileTheValidatorAcceptedIsARuntimeError() {
        assertThat(InteractiveVerdict.decide(VALIDATOR, RUNTIME_ERROR, ACCEPTED)).isEqualTo(RUNTIME_ERROR);
        assertThat(InteractiveVerdict.decide(SUBMISSION, MEMORY_LIMIT_EXCEEDED, ACCEPTED)).isEqualTo(MEMORY_LIMIT_EXCEEDED);
        // The submission ended first and the validator then saw it stop talking.
        assertThat(InteractiveVerdict.decide(SUBMISSION, RUNTIME_ERROR, WRONG_ANSWER)).isEqualTo(RUNTIME_ERROR);
    }

    @Test
    void otherwiseTheValidatorDecides() {
        assertThat(InteractiveVerdict.decide(SUBMISSION, ACCEPTED, ACCEPTED)).isEqualTo(ACCEPTED);
        assertThat(InteractiveVerdict.decide(SUBMISSION, ACCEPTED, WRONG_ANSWER)).isEqualTo(WRONG_ANSWER);
    }

    private static dev.judge.sandbox.PairedResult pair(double submissionEnd, double validatorEnd, Integer submissionSignal) {
        dev.judge.sandbox.RunResult s = new dev.judge.sandbox.RunResult(dev.judge.sandbox.Outcome.SIGNALLED, 0, submissionEnd, 0,
                null, submissionSignal, new byte[0], new byte[0], 0, 0, null);
        dev.judge.sandbox.RunResult v = new dev.judge.sandbox.RunResult(dev.judge.sandbox.Outcome.RUNTIME_ERROR, 0, validatorEnd, 0,
                43, null, new byte[0], new byte[0], 0, 0, null);
        return new dev.judge.sandbox.PairedResult(s, v, submissionEnd <= validatorEnd ? SUBMISSION : VALIDATOR,
                Math.min(submissionEnd, validatorEnd), submissionEnd, validatorEnd, null, java.util.Map.of());
    }

    @Test
    void theValidatorIsFirstOnlyWhenItEndedClearlyBeforeTheSubmissionOrTheSubmissionDiedOfSigpipe() {
        assertThat(InteractiveVerdict.firstEnded(pair(0.0500, 0.0200, 11))).isEqualTo(VALIDATOR);
        // ends a few microseconds apart: the submission's crash is what the validator saw
        assertThat(InteractiveVerdict.firstEnded(pair(0.0202, 0.0200, 11))).isEqualTo(SUBMISSION);
        // a submission that ended 0.3 ms after the validator: it reacted to the validator's end
        assertThat(InteractiveVerdict.firstEnded(pair(0.0203, 0.0200, 11))).isEqualTo(VALIDATOR);
        assertThat(InteractiveVerdict.firstEnded(pair(0.0200, 0.0205, 11))).isEqualTo(SUBMISSION);
        assertThat(InteractiveVerdict.firstEnded(pair(0.0200, 0.0200, 13))).isEqualTo(VALIDATOR);
    }
}
