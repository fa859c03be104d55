package dev.judge.model;

import java.util.List;

/**
 * One test to run, part of a {@link TestChunkScheduled} that compile-service publishes on
 * {@code judge.runs}.
 *
 * @param artifactKey the Redis key of the compiled program
 * @param stdin the input's exact bytes (base64 in JSON)
 * @param expectedOutput the expected output's exact bytes, or null to run without comparing
 * @param arrivedAtMs when the submission arrived (its record's timestamp)
 */
public record TestCaseScheduled(
        String submissionId,
        int index,
        int total,
        Language language,
        String artifactKey,
        RunLimits limits,
        byte[] stdin,
        byte[] expectedOutput,
        Submission.Compare compare,
        List<String> arguments,
        boolean redirectStderrToStdout,
        boolean stopOnFirstFailure,
        long arrivedAtMs) {

    public String key() {
        return submissionId + "#" + index;
    }
}
