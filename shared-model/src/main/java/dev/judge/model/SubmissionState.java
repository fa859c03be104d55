package dev.judge.model;

/** Where a submission is: waiting, compiling, running its tests, or done (it has its verdict). */
public enum SubmissionState {
    QUEUED,
    COMPILING,
    RUNNING,
    DONE;

    /** States only move forward: {@code QUEUED < COMPILING < RUNNING < DONE}. */
    public boolean isBefore(SubmissionState other) {
        return ordinal() < other.ordinal();
    }
}
