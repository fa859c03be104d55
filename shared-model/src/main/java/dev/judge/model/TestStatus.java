package dev.judge.model;

/** The status of one test case. */
public enum TestStatus {
    ACCEPTED,
    WRONG_ANSWER,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    RUNTIME_ERROR,
    INTERNAL_ERROR,
    /** Not run: an earlier test failed and the submission asked to stop on the first failure. */
    SKIPPED;

    public boolean failed() {
        return this != ACCEPTED && this != SKIPPED;
    }

    /** The submission status a failing test gives. */
    public VerdictStatus toVerdict() {
        return switch (this) {
            case ACCEPTED, SKIPPED -> VerdictStatus.ACCEPTED;
            case WRONG_ANSWER -> VerdictStatus.WRONG_ANSWER;
            case TIME_LIMIT_EXCEEDED -> VerdictStatus.TIME_LIMIT_EXCEEDED;
            case MEMORY_LIMIT_EXCEEDED -> VerdictStatus.MEMORY_LIMIT_EXCEEDED;
            case OUTPUT_LIMIT_EXCEEDED -> VerdictStatus.OUTPUT_LIMIT_EXCEEDED;
            case RUNTIME_ERROR -> VerdictStatus.RUNTIME_ERROR;
            case INTERNAL_ERROR -> VerdictStatus.INTERNAL_ERROR;
        };
    }
}
