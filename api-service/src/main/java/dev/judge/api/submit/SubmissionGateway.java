package dev.judge.api.submit;

import dev.judge.model.Digests;
import dev.judge.model.Json;
import dev.judge.model.Problem;
import dev.judge.model.Submission;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.Topics;
import dev.judge.state.SubmissionIds;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Takes a submission from the HTTP API into the pipeline: checks it, refuses it under
 * back-pressure, records it as QUEUED and publishes it to {@code judge.submissions}. It returns
 * only after Kafka acknowledged the record, so an accepted submission is never lost.
 */
public final class SubmissionGateway {

    /**
     * What the producer will accept for a submission's value: its request-size limit (the topic's
     * 16 MiB) less room for the record's key, headers and batch framing, which it counts too.
     */
    static final int MAX_RECORD_VALUE_BYTES = Topics.MAX_SUBMISSION_BYTES - 64 * 1024;

    private final SubmissionValidator validator;
    private final SubmissionIds ids;
    private final Consumer<Submission> publisher;
    private final ToLongFunction<String> backlog;
    private final long backlogThreshold;

    /**
     * @param publisher sends to {@code judge.submissions} and waits for the acknowledgement
     * @param backlog the records of a topic not yet consumed by its stage
     */
    public SubmissionGateway(SubmissionValidator validator, SubmissionIds ids, Consumer<Submission> publisher,
            ToLongFunction<String> backlog, long backlogThreshold) {
        this.validator = validator;
        this.ids = ids;
        this.publisher = publisher;
        this.backlog = backlog;
        this.backlogThreshold = backlogThreshold;
    }

    /**
     * Validates a submission, the one time it is validated in the API; a refusal names the
     * fields. compile-service validates every record of {@code judge.submissions} again (see
     * {@code CompileStage.accept} for why it cannot trust that a record came from here).
     */
    public CheckedSubmission check(Submission submission) {
        if (validator.validate(submission) instanceof SubmissionValidator.Invalid invalid) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.INVALID, invalid.problems());
        }
        return new CheckedSubmission(submission);
    }

    /** Checks a submission and sends it. */
    public void submit(Submission submission) {
        submit(check(submission));
    }

    /** Sends a checked submission; a resent id with the same body is accepted again and changes nothing. */
    public void submit(CheckedSubmission checked) {
        Submission submission = checked.submission();
        if (backlog.applyAsLong(Topics.SUBMISSIONS) > backlogThreshold) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.OVERLOADED,
                    List.of(new Problem("submission", "the pipeline's backlog is over its threshold; retry later")));
        }
        byte[] json = Json.mapper().writeValueAsBytes(submission);
        if (json.length > MAX_RECORD_VALUE_BYTES) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.TOO_LARGE,
                    List.of(new Problem("submission", json.length + " bytes is above the " + MAX_RECORD_VALUE_BYTES
                            + " bytes a record may carry")));
        }
        SubmissionIds.Queued queued = ids.queue(submission.id(), Digests.sha256Hex(json));
        if (queued == SubmissionIds.Queued.OTHER_BODY) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.CONFLICT,
                    List.of(new Problem("id", "'" + submission.id() + "' is already used by a different submission")));
        }
        try {
            publisher.accept(submission);
        } catch (RuntimeException e) {
            if (queued == SubmissionIds.Queued.NEW) {
                ids.forget(submission.id());   // no record backs it: it must not linger as QUEUED
            }
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.OVERLOADED,
                    List.of(new Problem("submission", "the pipeline did not take it (" + e.getMessage() + "); retry later")));
        }
    }
}
