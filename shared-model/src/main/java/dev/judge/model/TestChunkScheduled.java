package dev.judge.model;

import java.util.List;

/**
 * Tests of one submission to run together, published by compile-service on {@code judge.runs}
 * with key {@code id#c<chunk>}: one record for a small submission, several when its expected work
 * (tests × CPU limit) is large enough to spread over run-service instances. An instance runs a
 * chunk's tests in parallel on its boxes and reports them in one event.
 */
public record TestChunkScheduled(String submissionId, int chunk, List<TestCaseScheduled> tests) {

    public TestChunkScheduled {
        tests = List.copyOf(tests);
    }

    public String key() {
        return submissionId + "#c" + chunk;
    }

    /**
     * Cuts a submission's tests into chunks of {@code testsPerChunk(...)} tests each.
     *
     * @param workPerChunkSec how much expected work (tests × CPU limit) one chunk may carry
     */
    public static List<TestChunkScheduled> chunks(List<TestCaseScheduled> tests, double cpuTimeSec, double workPerChunkSec) {
        int size = testsPerChunk(tests.size(), cpuTimeSec, workPerChunkSec);
        List<TestChunkScheduled> chunks = new java.util.ArrayList<>();
        for (int from = 0, c = 0; from < tests.size(); from += size, c++) {
            TestCaseScheduled first = tests.get(from);
            chunks.add(new TestChunkScheduled(first.submissionId(), c, tests.subList(from, Math.min(tests.size(), from + size))));
        }
        return chunks;
    }

    /** At least one test per chunk; a chunk carries at most {@code workPerChunkSec} of CPU limits. */
    static int testsPerChunk(int tests, double cpuTimeSec, double workPerChunkSec) {
        int fit = (int) Math.floor(workPerChunkSec / Math.max(cpuTimeSec, 0.001));
        return Math.max(1, Math.min(tests, fit));
    }
}
