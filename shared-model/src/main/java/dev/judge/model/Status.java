package dev.judge.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one closed set of statuses: a submission's verdict and each of its tests. COMPILATION_ERROR
 * and REJECTED are only verdicts (of a submission that never ran); SKIPPED is only a test's (one
 * that did not run).
 */
public enum Status {
    ACCEPTED,
    WRONG_ANSWER,
    TIME_LIMIT_EXCEEDED,
    MEMORY_LIMIT_EXCEEDED,
    OUTPUT_LIMIT_EXCEEDED,
    RUNTIME_ERROR,
    COMPILATION_ERROR,
    REJECTED,
    INTERNAL_ERROR,
    /** A test not run: an earlier test failed and the submission asked to stop on the first failure. */
    SKIPPED;

    /** What a submission's verdict can be. */
    public static final Set<Status> VERDICT_STATUSES = EnumSet.complementOf(EnumSet.of(SKIPPED));

    /** Whether a test with this status failed (a skipped test did not). */
    public boolean failed() {
        return this != ACCEPTED && this != SKIPPED;
    }
}
