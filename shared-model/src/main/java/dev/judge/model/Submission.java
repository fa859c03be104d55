package dev.judge.model;

import java.util.List;

/**
 * A submission as producers publish it on {@code judge.submissions}. Optional fields may be
 * null; {@link SubmissionValidator} checks everything and resolves the defaults.
 */
public record Submission(
        String id,
        String language,
        String source,
        List<TestCase> tests,
        RequestedLimits limits,
        List<String> compilerOptions,
        List<String> arguments,
        Boolean redirectStderrToStdout,
        Compare compare,
        Boolean stopOnFirstFailure) {

    /** One test case: its input and the expected output (null: run only, no comparison). */
    public record TestCase(String stdin, String expectedOutput) {
    }

    /** How outputs are compared; {@code epsilon} only for {@link CompareMode#FLOAT}. */
    public record Compare(CompareMode mode, Double epsilon) {
        public static Compare defaults() {
            return new Compare(CompareMode.TRAILING_WHITESPACE, null);
        }
    }

    /** Limits as requested: any of them may be null (the language's default). */
    public record RequestedLimits(
            Double cpuTimeSec,
            Double cpuExtraTimeSec,
            Double wallTimeSec,
            Long memoryKb,
            Long stackKb,
            Integer maxProcesses,
            Long outputLimitKb) {
    }

    public Submission withId(String newId) {
        return new Submission(newId, language, source, tests, limits, compilerOptions, arguments,
                redirectStderrToStdout, compare, stopOnFirstFailure);
    }
}
