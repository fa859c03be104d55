package dev.judge.result.aggregate;

/**
 * Another result-service consumer holds the lease on this submission's verdict: it is publishing
 * it. The record is retried with the pipeline's back-off; by then the verdict is recorded (nothing
 * to publish) or the lease expired (its holder died, and this consumer publishes).
 */
public final class VerdictBeingPublished extends IllegalStateException {

    public VerdictBeingPublished(String submissionId) {
        super("the verdict of " + submissionId + " is being published by another consumer; trying again later");
    }
}
