package dev.judge.model;

/** Where a submission is while it has no verdict yet. */
public enum SubmissionState {
    QUEUED,
    COMPILING,
    RUNNING
}
