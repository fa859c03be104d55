package dev.judge.api.submit;

import dev.judge.model.Submission;

/**
 * A submission the gateway's validator passed. Only {@link SubmissionGateway#check} makes one, so
 * holding one means the submission was validated once, here where it entered, and
 * {@link SubmissionGateway#submit(CheckedSubmission)} does not validate it again.
 */
public final class CheckedSubmission {

    private final Submission submission;

    CheckedSubmission(Submission submission) {
        this.submission = submission;
    }

    public Submission submission() {
        return submission;
    }
}
