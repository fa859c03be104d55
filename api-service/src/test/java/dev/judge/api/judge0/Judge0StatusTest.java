package dev.judge.api.judge0;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our verdicts in Judge0's status ids; a runtime error is told apart by the deciding test's signal. */
class Judge0StatusTest {

    private static Verdict verdict(Status status) {
        return new Verdict("id", status, null, null, List.of(), 0, 0, 0, 0, Verdict.Timings.none());
    }

    private static TestResult killedBy(Integer signal) {
        return new TestResult(0, Status.RUNTIME_ERROR, 0.1, 0.1, 1024, signal == null ? 1 : null, signal, "", "", false);
    }

    private static Judge0Status runtimeError(Integer signal) {
        return Judge0Status.of(verdict(Status.RUNTIME_ERROR), killedBy(signal));
    }

    @Test
    void eachVerdictHasItsJudge0Status() {
        assertThat(Judge0Status.of(verdict(Status.ACCEPTED), null)).isEqualTo(Judge0Status.ACCEPTED);
        assertThat(Judge0Status.of(verdict(Status.WRONG_ANSWER), null)).isEqualTo(Judge0Status.WRONG_ANSWER);
        assertThat(Judge0Status.of(verdict(Status.TIME_LIMIT_EXCEEDED), null)).isEqualTo(Judge0Status.TIME_LIMIT_EXCEEDED);
        assertThat(Judge0Status.of(verdict(Status.COMPILATION_ERROR), null)).isEqualTo(Judge0Status.COMPILATION_ERROR);
        assertThat(Judge0Status.of(verdict(Status.INTERNAL_ERROR), null)).isEqualTo(Judge0Status.INTERNAL_ERROR);
    }

    @Test
    void whatJudge0HasNoStatusForMapsToItsNearest() {
        assertThat(Judge0Status.of(verdict(Status.OUTPUT_LIMIT_EXCEEDED), null)).isEqualTo(Judge0Status.RUNTIME_ERROR_SIGXFSZ);
        assertThat(Judge0Status.of(verdict(Status.REJECTED), null)).isEqualTo(Judge0Status.INTERNAL_ERROR);
        assertThat(Judge0Status.of(verdict(Status.MEMORY_LIMIT_EXCEEDED), null)).isEqualTo(Judge0Status.MEMORY_LIMIT_EXCEEDED);
    }

    @Test
    void aRuntimeErrorIsNamedForItsSignal() {
        assertThat(runtimeError(11)).isEqualTo(Judge0Status.RUNTIME_ERROR_SIGSEGV);
        assertThat(runtimeError(25)).isEqualTo(Judge0Status.RUNTIME_ERROR_SIGXFSZ);
        assertThat(runtimeError(8)).isEqualTo(Judge0Status.RUNTIME_ERROR_SIGFPE);
        assertThat(runtimeError(6)).isEqualTo(Judge0Status.RUNTIME_ERROR_SIGABRT);
        assertThat(runtimeError(9)).isEqualTo(Judge0Status.RUNTIME_ERROR_OTHER);
    }

    @Test
    void aRuntimeErrorWithoutASignalIsANonZeroExit() {
        assertThat(runtimeError(null)).isEqualTo(Judge0Status.RUNTIME_ERROR_NZEC);
        assertThat(Judge0Status.of(verdict(Status.RUNTIME_ERROR), null)).isEqualTo(Judge0Status.RUNTIME_ERROR_NZEC);
    }

    @Test
    void idsAndDescriptionsAreJudge0s() {
        assertThat(Judge0Status.values()).extracting(s -> s.id)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(Judge0Status.IN_QUEUE.description).isEqualTo("In Queue");
        assertThat(Judge0Status.RUNTIME_ERROR_NZEC.description).isEqualTo("Runtime Error (NZEC)");
        assertThat(Judge0Status.MEMORY_LIMIT_EXCEEDED.id).isEqualTo(15);
    }
}
