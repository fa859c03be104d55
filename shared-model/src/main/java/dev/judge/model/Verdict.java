package dev.judge.model;

import java.util.List;

/** The final word on a submission, published on {@code judge.verdicts}. */
public record Verdict(
        String id,
        Status status,
        String message,
        String compileOutput,
        List<TestResult> tests,
        int passed,
        int total,
        double cpuTimeSec,
        long memoryKb,
        Timings timings) {

    /** Where the time went, in milliseconds. */
    public record Timings(long queuedMs, long compileMs, long runMs, long totalMs) {
        public static Timings none() {
            return new Timings(0, 0, 0, 0);
        }
    }

    public Verdict {
        tests = tests == null ? List.of() : List.copyOf(tests);
    }
}
