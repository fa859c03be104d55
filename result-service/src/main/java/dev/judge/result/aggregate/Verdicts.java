package dev.judge.result.aggregate;

import dev.judge.model.TestResult;
import dev.judge.model.Status;
import dev.judge.model.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds test results into a verdict: the status of the first failing test in index order,
 * else ACCEPTED; with stop-on-first-failure, every test after that one is SKIPPED. Time and
 * memory are maxima over the tests.
 */
public final class Verdicts {

    private Verdicts() {
    }

    public static Verdict fold(String id, int total, List<TestResult> results, boolean stopOnFirstFailure,
            Verdict.Timings timings) {
        List<TestResult> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparingInt(TestResult::index));
        TestResult firstFailure = ordered.stream().filter(t -> t.status().failed()).findFirst().orElse(null);
        if (stopOnFirstFailure && firstFailure != null) {
            int stop = firstFailure.index();
            ordered.replaceAll(t -> t.index() > stop ? t.asSkipped() : t);
        }
        Status status = firstFailure == null ? Status.ACCEPTED : firstFailure.status();
        String message = firstFailure != null && firstFailure.status() == Status.INTERNAL_ERROR
                ? "test " + firstFailure.index() + ": " + firstFailure.stderr() : null;
        int passed = (int) ordered.stream().filter(t -> t.status() == Status.ACCEPTED).count();
        double cpu = ordered.stream().mapToDouble(TestResult::cpuTimeSec).max().orElse(0);
        long memory = ordered.stream().mapToLong(TestResult::memoryKb).max().orElse(0);
        return new Verdict(id, status, message, null, ordered, passed, total, cpu, memory, timings);
    }

    /** A verdict without tests: the submission was rejected or did not compile. */
    public static Verdict early(String id, Status status, String message, String compileOutput, int total,
            Verdict.Timings timings) {
        return new Verdict(id, status, message, compileOutput, List.of(), 0, total, 0, 0, timings);
    }
}
