package dev.judge.state;

/**
 * The fields of a submission's state hash ({@link StateKeys#state}), named once for the classes
 * that write and read it ({@link SubmissionIds}, {@link SubmissionTransitions},
 * {@link SubmissionViews}). The Lua scripts spell the same names.
 */
final class StateFields {

    static final String STATE = "state";
    static final String VERDICT = "verdict";
    /** The digest of the body the HTTP API queued under the id. */
    static final String DIGEST = "digest";
    static final String TOTAL = "total";
    static final String DONE = "done";
    static final String PASSED = "passed";
    static final String ARRIVED_AT = "arrivedAt";
    static final String COMPILE_STARTED_AT = "compileStartedAt";
    static final String COMPILE_MS = "compileMs";
    static final String RUN_STARTED_AT = "runStartedAt";
    static final String RUN_FINISHED_AT = "runFinishedAt";
    static final String STOP_ON_FIRST_FAILURE = "stopOnFirstFailure";
    static final String LANGUAGE = "language";
    static final String PROBLEM = "problem";
    static final String PROBLEM_VERSION = "problemVersion";
    /** A finished test's field is this prefix and its index. */
    static final String TEST = "test:";

    private StateFields() {
    }
}
