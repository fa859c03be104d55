package dev.judge.model;

/** Where a submission is: waiting, compiling, running its tests, or done (it has its verdict); only ever forward. */
public enum SubmissionState {
    QUEUED,
    COMPILING,
    RUNNING,
    DONE
}
