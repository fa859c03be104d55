package dev.judge.model;

/**
 * The result of one test. In the verdict record {@code stdout} and {@code stderr} hold at most
 * {@link #RECORD_OUTPUT_BYTES} each ({@code truncated} says when cut); full outputs up to the
 * output limit stay with the submission's state. For a problem's test case, {@code group} is its name
 * under {@code data/} ({@code secret/small/01}), {@code feedback} the output validator's message
 * (bounded like outputs) and {@code score} the score it gave; null otherwise. Where the problem's own
 * validator ran, {@code validator} is its run; a multi-pass test lists each of its {@code passes}.
 */
public record TestResult(
        int index,
        Status status,
        double cpuTimeSec,
        double wallTimeSec,
        long memoryKb,
        Integer exitCode,
        Integer signal,
        String stdout,
        String stderr,
        boolean truncated,
        String group,
        String feedback,
        Double score,
        ValidatorRun validator,
        java.util.List<Pass> passes) {

    public static final int RECORD_OUTPUT_BYTES = 8 * 1024;

    /** The output validator's own run: it never counts against the submission's limits. */
    public record ValidatorRun(double cpuTimeSec, double wallTimeSec, long memoryKb, Integer exitCode) {
    }

    /** One pass of a multi-pass test case. */
    public record Pass(Status status, double cpuTimeSec, double wallTimeSec, long memoryKb) {
    }

    public TestResult {
        passes = passes == null ? null : java.util.List.copyOf(passes);
    }

    /** A result without a validator's run of its own. */
    public TestResult(int index, Status status, double cpuTimeSec, double wallTimeSec, long memoryKb, Integer exitCode,
            Integer signal, String stdout, String stderr, boolean truncated, String group, String feedback, Double score) {
        this(index, status, cpuTimeSec, wallTimeSec, memoryKb, exitCode, signal, stdout, stderr, truncated, group, feedback,
                score, null, null);
    }

    /** A test of a submission with inline tests (no problem package). */
    public TestResult(int index, Status status, double cpuTimeSec, double wallTimeSec, long memoryKb, Integer exitCode,
            Integer signal, String stdout, String stderr, boolean truncated) {
        this(index, status, cpuTimeSec, wallTimeSec, memoryKb, exitCode, signal, stdout, stderr, truncated, null, null, null);
    }

    /** This result with other outputs (the full ones kept apart when the record's copy was cut). */
    public TestResult withOutputs(String out, String err, boolean cut) {
        return new TestResult(index, status, cpuTimeSec, wallTimeSec, memoryKb, exitCode, signal, out, err, cut, group,
                feedback, score, validator, passes);
    }

    /** This result as a test case of a problem: its name under {@code data/}, the validator's feedback and score. */
    public TestResult inProblem(String testName, String validatorFeedback, Double testScore) {
        return new TestResult(index, status, cpuTimeSec, wallTimeSec, memoryKb, exitCode, signal, stdout, stderr, truncated,
                testName, validatorFeedback, testScore, validator, passes);
    }

    /** This result as the problem's own output validator judged it: its status, feedback, score and run. */
    public TestResult judgedBy(Status verdict, String validatorFeedback, Double testScore, ValidatorRun run) {
        return new TestResult(index, verdict, cpuTimeSec, wallTimeSec, memoryKb, exitCode, signal, stdout, stderr, truncated,
                group, validatorFeedback, testScore, run, passes);
    }

    /** This result with the validator's run and, for a multi-pass test, its passes. */
    public TestResult withValidator(ValidatorRun run, java.util.List<Pass> testPasses) {
        return new TestResult(index, status, cpuTimeSec, wallTimeSec, memoryKb, exitCode, signal, stdout, stderr, truncated,
                group, feedback, score, run, testPasses);
    }

    public static TestResult skipped(int index) {
        return new TestResult(index, Status.SKIPPED, 0, 0, 0, null, null, null, null, false);
    }

    public TestResult asSkipped() {
        return new TestResult(index, Status.SKIPPED, 0, 0, 0, null, null, null, null, false, group, null, null);
    }
}
