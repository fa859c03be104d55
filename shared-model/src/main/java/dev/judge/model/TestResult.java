package dev.judge.model;

/**
 * The result of one test. In the verdict record {@code stdout} and {@code stderr} hold at most
 * {@link #RECORD_OUTPUT_BYTES} each ({@code truncated} says when cut); full outputs up to the
 * output limit stay with the submission's state.
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
        boolean truncated) {

    public static final int RECORD_OUTPUT_BYTES = 8 * 1024;

    public static TestResult skipped(int index) {
        return new TestResult(index, Status.SKIPPED, 0, 0, 0, null, null, null, null, false);
    }

    public TestResult asSkipped() {
        return skipped(index);
    }
}
