package dev.judge.run.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Language;
import dev.judge.model.RunLimits;
import dev.judge.model.Submission;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.Status;
import dev.judge.sandbox.Outcome;
import dev.judge.sandbox.RunResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestStatusMappingTest {

    private static TestCaseScheduled job(String expected) {
        return new TestCaseScheduled("s", 0, 1, Language.C, "artifact:x", new RunLimits(1, 0, 2, 65536, 8192, 1, 1),
                new byte[0], expected == null ? null : expected.getBytes(StandardCharsets.UTF_8), Submission.Compare.defaults(), List.of(), false, false, 0);
    }

    private static RunResult result(Outcome outcome, String stdout) {
        byte[] out = stdout.getBytes(StandardCharsets.UTF_8);
        return new RunResult(outcome, 0.1, 0.1, 100, 0, null, out, new byte[0], out.length, 0, null);
    }

    @Test
    void sandboxOutcomesBecomeTestStatuses() {
        assertThat(TestRunner.status(job("x"), result(Outcome.TIME_LIMIT, ""))).isEqualTo(Status.TIME_LIMIT_EXCEEDED);
        assertThat(TestRunner.status(job("x"), result(Outcome.MEMORY_LIMIT, ""))).isEqualTo(Status.MEMORY_LIMIT_EXCEEDED);
        assertThat(TestRunner.status(job("x"), result(Outcome.OUTPUT_LIMIT, ""))).isEqualTo(Status.OUTPUT_LIMIT_EXCEEDED);
        assertThat(TestRunner.status(job("x"), result(Outcome.SIGNALLED, ""))).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(TestRunner.status(job("x"), result(Outcome.RUNTIME_ERROR, ""))).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(TestRunner.status(job("x"), result(Outcome.INTERNAL_ERROR, ""))).isEqualTo(Status.INTERNAL_ERROR);
    }

    @Test
    void aNormalExitIsComparedWithTheExpectedOutput() {
        assertThat(TestRunner.status(job("42"), result(Outcome.OK, "42\n"))).isEqualTo(Status.ACCEPTED);
        assertThat(TestRunner.status(job("42"), result(Outcome.OK, "41\n"))).isEqualTo(Status.WRONG_ANSWER);
        assertThat(TestRunner.status(job(null), result(Outcome.OK, "anything"))).as("run only").isEqualTo(Status.ACCEPTED);
    }

    @Test
    void outputBeyondTheLimitIsOutputLimitExceeded() {
        String big = "x".repeat(2048);
        assertThat(TestRunner.status(job(big), result(Outcome.OK, big))).isEqualTo(Status.OUTPUT_LIMIT_EXCEEDED);
    }
}
