package dev.judge.result.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.TestResult;
import dev.judge.model.Status;
import dev.judge.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static TestResult test(int index, Status status, double cpu, long memory) {
        return new TestResult(index, status, cpu, cpu, memory, 0, null, "", "", false);
    }

    @Test
    void allAcceptedIsAccepted() {
        Verdict v = Verdicts.fold("s", 2, List.of(test(1, Status.ACCEPTED, 0.2, 100), test(0, Status.ACCEPTED, 0.1, 300)),
                false, Verdict.Timings.none());
        assertThat(v.status()).isEqualTo(Status.ACCEPTED);
        assertThat(v.passed()).isEqualTo(2);
        assertThat(v.tests()).extracting(TestResult::index).containsExactly(0, 1);
        assertThat(v.cpuTimeSec()).isEqualTo(0.2);
        assertThat(v.memoryKb()).isEqualTo(300);
    }

    @Test
    void theFirstFailingTestInIndexOrderDecides() {
        Verdict v = Verdicts.fold("s", 3, List.of(test(2, Status.WRONG_ANSWER, 0, 0),
                test(1, Status.TIME_LIMIT_EXCEEDED, 0, 0), test(0, Status.ACCEPTED, 0, 0)), false, Verdict.Timings.none());
        assertThat(v.status()).isEqualTo(Status.TIME_LIMIT_EXCEEDED);
        assertThat(v.passed()).isEqualTo(1);
    }

    @Test
    void stopOnFirstFailureSkipsEverythingAfterIt() {
        Verdict v = Verdicts.fold("s", 4, List.of(test(0, Status.ACCEPTED, 0, 0), test(1, Status.RUNTIME_ERROR, 0, 0),
                test(2, Status.ACCEPTED, 0, 0), TestResult.skipped(3)), true, Verdict.Timings.none());
        assertThat(v.status()).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(v.tests()).extracting(TestResult::status).containsExactly(Status.ACCEPTED, Status.RUNTIME_ERROR,
                Status.SKIPPED, Status.SKIPPED);
        assertThat(v.passed()).isEqualTo(1);
    }
}
