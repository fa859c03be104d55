package dev.judge.api.submit;

import dev.judge.model.Digests;
import dev.judge.model.Json;
import dev.judge.model.Problem;
import dev.judge.model.Submission;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.Topics;
import dev.judge.state.SubmissionStore;
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
    private final SubmissionStore store;
    private final Consumer<Submission> publisher;
    private final ToLongFunction<String> backlog;
    private final long backlogThreshold;

    /**
     * @param publisher sends to {@code judge.submissions} and waits for the acknowledgement
     * @param backlog the records of a topic not yet consumed by its stage
     */
    public SubmissionGateway(SubmissionValidator validator, SubmissionStore store, Consumer<Submission> publisher,
            ToLongFunction<String> backlog, long backlogThreshold) {
        this.validator = validator;
        this.store = store;
        this.publisher = publisher;
        this.backlog = backlog;
        this.backlogThreshold = backlogThreshold;
    }

    /** Checks a submission without sending it. */
    public void check(Submission submission) {
        if (validator.validate(submission) instanceof SubmissionValidator.Invalid invalid) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.INVALID, invalid.problems());
        }
    }

    /** Sends a checked submission; a resent id with the same body is accepted again and changes nothing. */
    public void submit(Submission submission) {
        check(submission);
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
        SubmissionStore.Queued queued = store.queue(submission.id(), Digests.sha256Hex(json));
        if (queued == SubmissionStore.Queued.OTHER_BODY) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.CONFLICT,
                    List.of(new Problem("id", "'" + submission.id() + "' is already used by a different submission")));
        }
        try {
            publisher.accept(submission);
        } catch (RuntimeException e) {
            if (queued == SubmissionStore.Queued.NEW) {
                store.forget(submission.id());   // no record backs it: it must not linger as QUEUED
            }
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.OVERLOADED,
                    List.of(new Problem("submission", "the pipeline did not take it (" + e.getMessage() + "); retry later")));
        }
    }
}
