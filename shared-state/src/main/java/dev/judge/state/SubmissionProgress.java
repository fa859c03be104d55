package dev.judge.state;

import dev.judge.model.Language;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import java.util.List;

/**
 * What is known of a submission while (and after) it is judged, as kept in {@code state:<id>}.
 * Times are epoch milliseconds, 0 when not known yet.
 *
 * @param language null until the compile event is in (and for producers older than the field)
 * @param problemId the problem it is judged on, or null for inline tests
 * @param problemVersion the problem's version it started with
 * @param tests the finished tests, in no particular order; empty in a summary
 */
public record SubmissionProgress(
        String id,
        SubmissionState state,
        int total,
        int done,
        int passed,
        long arrivedAtMs,
        long compileStartedAtMs,
        long compileMs,
        long runStartedAtMs,
        long runFinishedAtMs,
        boolean stopOnFirstFailure,
        boolean hasVerdict,
        Language language,
        String problemId,
        String problemVersion,
        List<TestResult> tests) {

    public SubmissionProgress {
        tests = List.copyOf(tests);
    }

    /** Every test is in (and there is at least one). */
    public boolean allTestsDone() {
        return total > 0 && done >= total;
    }
}
