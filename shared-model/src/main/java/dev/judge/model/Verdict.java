package dev.judge.model;

import java.util.List;

/**
 * The final word on a submission, published on {@code judge.verdicts}. A submission judged against
 * a problem package also has the problem's id and version, its score and maximum (scoring problems;
 * present whatever the status) and its test groups; those are null otherwise.
 */
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
        Timings timings,
        String problemId,
        String problemVersion,
        Double score,
        Double maxScore,
        List<Group> groups) {

    /** A verdict of a submission with inline tests. */
    public Verdict(String id, Status status, String message, String compileOutput, List<TestResult> tests, int passed,
            int total, double cpuTimeSec, long memoryKb, Timings timings) {
        this(id, status, message, compileOutput, tests, passed, total, cpuTimeSec, memoryKb, timings, null, null, null, null,
                null);
    }

    /** A problem's test group: its path under {@code data/}, how it was graded, its tests passed of all. */
    public record Group(String name, Status status, Double score, Double maxScore, int passed, int total) {
    }

    /** This verdict with a problem's grading. */
    public Verdict graded(String problem, String version, Status gradedStatus, Double gradedScore, Double max, List<Group> grouped,
            String gradingMessage) {
        return new Verdict(id, gradedStatus, message != null || gradingMessage == null || gradingMessage.isEmpty() ? message
                : gradingMessage, compileOutput, tests, passed, total, cpuTimeSec, memoryKb, timings, problem,
                version, gradedScore, max, grouped);
    }

    /** This verdict with other tests (full outputs, say). */
    public Verdict withTests(List<TestResult> other) {
        return new Verdict(id, status, message, compileOutput, other, passed, total, cpuTimeSec, memoryKb, timings, problemId,
                problemVersion, score, maxScore, groups);
    }

    /** Where the time went, in milliseconds. */
    public record Timings(long queuedMs, long compileMs, long runMs, long totalMs) {
        public static Timings none() {
            return new Timings(0, 0, 0, 0);
        }
    }

    public Verdict {
        tests = tests == null ? List.of() : List.copyOf(tests);
        groups = groups == null ? null : List.copyOf(groups);
    }
}
