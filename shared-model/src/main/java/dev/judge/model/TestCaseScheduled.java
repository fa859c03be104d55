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
 * @param problem the problem's test case this is, or null for a test given inline ({@code stdin} is then empty)
 * @param validator the program that judges the output, where not the comparison or the default validator: the
 *     problem's own output validator, or the submission's checker or interactor; null otherwise
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
        long arrivedAtMs,
        ProblemTest problem,
        ValidatorProgram validator) {

    /** A test given inline. */
    public TestCaseScheduled(String submissionId, int index, int total, Language language, String artifactKey, RunLimits limits,
            byte[] stdin, byte[] expectedOutput, Submission.Compare compare, List<String> arguments,
            boolean redirectStderrToStdout, boolean stopOnFirstFailure, long arrivedAtMs) {
        this(submissionId, index, total, language, artifactKey, limits, stdin, expectedOutput, compare, arguments,
                redirectStderrToStdout, stopOnFirstFailure, arrivedAtMs, null, null);
    }

    /**
     * A problem's test case: its data by content, never inline (run-service reads it from the store,
     * or from its own cache by digest).
     *
     * @param name its name under {@code data/}
     * @param validatorFlags the output validator's flags for it (the default validator's, or the
     *     arguments the package's own validator gets)
     */
    public record ProblemTest(String problemId, String version, String name, String inputSha256, long inputBytes,
            String answerSha256, long answerBytes, List<String> validatorFlags) {
        public ProblemTest {
            validatorFlags = validatorFlags == null ? List.of() : List.copyOf(validatorFlags);
        }
    }

    public String key() {
        return submissionId + "#" + index;
    }
}
