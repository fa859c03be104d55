package dev.judge.run.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.model.ValidatorProgram.Kind;
import dev.judge.sandbox.Outcome;
import dev.judge.sandbox.RunResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a validator's run becomes a test's status: the package interface's exit codes, testlib's, and every other end a judging error. */
class ValidatorReportTest {

    private static RunResult exited(int code, String stderr) {
        return new RunResult(code == 0 ? Outcome.OK : Outcome.RUNTIME_ERROR, 0.1, 0.2, 1024, code, null, new byte[0],
                stderr.getBytes(StandardCharsets.UTF_8), 0, stderr.length(), null);
    }

    private static ValidatorReport.Decision kattis(RunResult r, Map<String, String> files) {
        Map<String, byte[]> feedback = new java.util.HashMap<>();
        files.forEach((k, v) -> feedback.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return ValidatorReport.decide("the output validator of problem 'p'", Kind.KATTIS, r, feedback);
    }

    @Test
    void kattisExitCodesAcceptAndRejectWithTheJudgeMessageAsFeedback() {
        ValidatorReport.Decision ok = kattis(exited(42, ""), Map.of("judgemessage.txt", "fine"));
        assertThat(ok.status()).isEqualTo(Status.ACCEPTED);
        assertThat(ok.feedback()).isEqualTo("fine");
        assertThat(ok.run().exitCode()).isEqualTo(42);
        ValidatorReport.Decision wrong = kattis(exited(43, ""), Map.of("judgemessage.txt", "off by one"));
        assertThat(wrong.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(wrong.feedback()).isEqualTo("off by one");
    }

    @Test
    void aScoreFileGivesTheTestsScoreAndOneThatIsNotANumberIsAJudgingError() {
        assertThat(kattis(exited(42, ""), Map.of("score.txt", " 2.5\n")).score()).isEqualTo(2.5);
        ValidatorReport.Decision bad = kattis(exited(42, ""), Map.of("score.txt", "lots"));
        assertThat(bad.status()).isEqualTo(Status.INTERNAL_ERROR);
        assertThat(bad.feedback()).contains("problem 'p'").contains("score.txt").contains("lots");
    }

    @Test
    void anyOtherEndOfTheValidatorIsAJudgingErrorNamingIt() {
        assertThat(kattis(exited(0, "oops"), Map.of()).feedback()).contains("problem 'p'").contains("exited with 0").contains("oops");
        assertThat(kattis(exited(1, ""), Map.of()).status()).isEqualTo(Status.INTERNAL_ERROR);
        RunResult killed = new RunResult(Outcome.SIGNALLED, 0, 0, 0, null, 11, new byte[0], new byte[0], 0, 0, null);
        assertThat(kattis(killed, Map.of()).feedback()).contains("signal 11");
        RunResult slow = new RunResult(Outcome.TIME_LIMIT, 5, 10, 0, null, 9, new byte[0], new byte[0], 0, 0, null);
        assertThat(kattis(slow, Map.of()).status()).isEqualTo(Status.INTERNAL_ERROR);
        assertThat(kattis(slow, Map.of()).feedback()).contains("ran out of time");
    }

    @Test
    void testlibExitCodes() {
        assertThat(ValidatorReport.decide("c", Kind.TESTLIB, exited(0, "ok 3 numbers"), Map.of()).status())
                .isEqualTo(Status.ACCEPTED);
        ValidatorReport.Decision wa = ValidatorReport.decide("c", Kind.TESTLIB, exited(1, "wrong answer 2nd differs"), Map.of());
        assertThat(wa.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(wa.feedback()).isEqualTo("wrong answer 2nd differs");
        assertThat(ValidatorReport.decide("c", Kind.TESTLIB, exited(2, "wrong output format"), Map.of()).status())
                .isEqualTo(Status.WRONG_ANSWER);
        assertThat(ValidatorReport.decide("c", Kind.TESTLIB, exited(3, "FAIL no answer"), Map.of()).status())
                .isEqualTo(Status.INTERNAL_ERROR);
        ValidatorReport.Decision points = ValidatorReport.decide("c", Kind.TESTLIB, exited(7, "points 0.75 nearly"), Map.of());
        assertThat(points.status()).isEqualTo(Status.ACCEPTED);
        assertThat(points.score()).isEqualTo(0.75);
        assertThat(ValidatorReport.decide("c", Kind.TESTLIB, exited(7, "partially"), Map.of()).status())
                .isEqualTo(Status.INTERNAL_ERROR);
    }
}
