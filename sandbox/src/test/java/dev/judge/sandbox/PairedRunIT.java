package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Interactive runs ({@link Box#runPaired}): a submission and its validator in two boxes, talking
 * through two pipes. Each test program is C from {@code src/test/resources/interactive},
 * compiled in the box that runs it; every test ends with an unaffected host (no process of a box
 * user left, {@link HostUnaffected}).
 */
@ExtendWith(HostUnaffected.class)
class PairedRunIT {

    private static final Limits LIMITS = new Limits(2, 0, 10, 131_072, 0, 65_536, 1, 1_024, 64);
    private static final Duration GRACE = Duration.ofMillis(500);
    private static final String SECRET = "271828";

    @BeforeAll
    static void judgeboxOnly() {
        assumeTrue(TestSandbox.isOurs(), "--pair is judgebox's");
    }

    @Test
    void aGuessTheNumberPairThatTalksCorrectlyEndsOkOnBothSides() {
        PairedResult r = pair("guess_submission.c", LIMITS, "guess_validator.c", LIMITS, SECRET, Box.FEEDBACK_DIRECTORY);
        assertThat(r.submission().outcome()).as(r.submission().message()).isEqualTo(Outcome.OK);
        assertThat(r.validator().outcome()).as(r.validator().message()).isEqualTo(Outcome.OK);
        assertThat(r.feedbackText("judgemessage.txt")).hasValue("guessed in 19 tries\n");
        assertThat(r.feedbackText("score.txt")).hasValue("81\n");
        assertThat(r.endedByGrace()).isNull();
        assertThat(r.firstEnded()).isNotNull();
        assertThat(r.firstEndedAtSec()).isPositive().isLessThan(5);
    }

    @Test
    void theProgramsOfAPairRunAtTheNormalPolicyThoughTheirInitsDoNot() {
        PairedResult r = pair("policy.c", LIMITS, "policy.c", LIMITS);
        for (RunResult side : List.of(r.submission(), r.validator())) {
            assertThat(side.outcome()).as(side.message()).isEqualTo(Outcome.OK);
            assertThat(side.stderrText().trim()).isEqualTo("policy 0, real-time Operation not permitted");
        }
    }

    @Test
    void aSubmissionThatClosesItsPipesEarlyLeavesTheValidatorAnEndOfFile() {
        PairedResult r = pair("closes_early.c", LIMITS, "guess_validator.c", LIMITS, SECRET, Box.FEEDBACK_DIRECTORY);
        assertThat(r.submission().outcome()).isEqualTo(Outcome.OK);
        assertThat(r.validator().outcome()).isEqualTo(Outcome.RUNTIME_ERROR);
        assertThat(r.validator().exitCode()).isEqualTo(1);
        assertThat(r.feedbackText("judgemessage.txt")).hasValue("no answer after 0 guesses\n");
        assertThat(r.validator().wallTimeSec()).isLessThan(5);
    }

    @Test
    void aSubmissionThatFloodsWithoutReadingIsEndedTheGraceAfterTheValidatorEnds() {
        PairedResult r = pair("flood.c", LIMITS, "guess_validator.c", LIMITS, SECRET, Box.FEEDBACK_DIRECTORY);
        assertThat(r.validator().outcome()).isEqualTo(Outcome.RUNTIME_ERROR);
        assertThat(r.firstEnded()).isEqualTo(PairedResult.Side.VALIDATOR);
        assertThat(r.endedByGrace()).isEqualTo(PairedResult.Side.SUBMISSION);
        assertThat(r.submission().outcome()).isEqualTo(Outcome.TIME_LIMIT);
        // Ended at the validator's end plus the grace, long before its own wall limit of 10 s.
        assertThat(r.submission().wallTimeSec()).isGreaterThanOrEqualTo(GRACE.toMillis() / 1000.0)
                .isLessThan(r.firstEndedAtSec() + GRACE.toMillis() / 1000.0 + 1.5);
    }

    @Test
    void aSubmissionThatForksAndLeavesTakesItsChildrenWithItsBox() {
        // The child holds the validator's input open; only its death gives the validator its end
        // of file ("drain"), long before the validator's wall limit.
        PairedResult r = pair("fork_and_leave.c", LIMITS.withProcesses(4), "guess_validator.c", LIMITS,
                SECRET, Box.FEEDBACK_DIRECTORY, "drain");
        assertThat(r.submission().outcome()).as(r.submission().message()).isEqualTo(Outcome.OK);
        assertThat(r.validator().outcome()).as(r.validator().message()).isEqualTo(Outcome.OK);
        assertThat(r.validator().wallTimeSec()).isLessThan(5);
        assertThat(r.endedByGrace()).isNull();
    }

    @Test
    void aValidatorThatHangsIsEndedByItsWallLimitAndTheSubmissionSeesItsEnd() {
        PairedResult r = pair("guess_submission.c", LIMITS, "hang.c", LIMITS.withWallTime(1));
        assertThat(r.validator().outcome()).isEqualTo(Outcome.TIME_LIMIT);
        assertThat(r.firstEnded()).isEqualTo(PairedResult.Side.VALIDATOR);
        assertThat(r.firstEndedAtSec()).isGreaterThanOrEqualTo(1).isLessThan(4);
        assertThat(r.submission().outcome()).isEqualTo(Outcome.RUNTIME_ERROR);
        assertThat(r.submission().exitCode()).isEqualTo(3);
    }

    @Test
    void theValidatorsFeedbackIsReadBackBoundedAndOnlyFromRegularFiles() {
        PairedResult r = pair("guess_submission.c", LIMITS, "feedback_flood.c", LIMITS.withOutput(4_096),
                Box.FEEDBACK_DIRECTORY);
        assertThat(r.validator().outcome()).as(r.validator().stderrText()).isEqualTo(Outcome.OK);
        assertThat(r.feedback()).hasSize(16).containsKey("judgemessage.txt")
                .doesNotContainKeys("score.txt", "nextpass.in");
        assertThat(r.feedback().get("judgemessage.txt")).hasSize(64 * 1024);
    }

    @Test
    void neitherSideCanSeeSignalOrReachTheOther() {
        PairedResult r = pair("peek.c", LIMITS, "peek.c", LIMITS, "s", "v", "|", "v", "s");
        assertThat(r.submission().outcome()).as(r.submission().stderrText()).isEqualTo(Outcome.OK);
        assertThat(r.validator().outcome()).as(r.validator().stderrText()).isEqualTo(Outcome.OK);
        String seenBySubmission = r.submission().stderrText();
        String seenByValidator = r.validator().stderrText();
        assertThat(seenBySubmission).startsWith("procs=1 other-file=no kill-all=No such process");
        assertThat(seenByValidator).startsWith("procs=1 other-file=no kill-all=No such process");
        assertThat(uid(seenBySubmission)).isNotEqualTo(uid(seenByValidator));
    }

    @Test
    void aRequestWithoutAWallLimitOrWithAnInputFileIsRefused() {
        TestSandbox.pool().withBoxUnchecked(a -> TestSandbox.pool().withBoxUnchecked(b -> {
            RunRequest ok = RunRequest.of(LIMITS, "/box/prog");
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> a.runPaired(b, RunRequest.of(LIMITS.withWallTime(0), "/box/prog"), ok, GRACE));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> a.runPaired(b, ok, ok.withStdin("in.txt"), GRACE));
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> a.runPaired(a, ok, ok, GRACE));
            return null;
        }));
    }

    @Test
    void theLauncherTakesOnlyPipesThatTheCallerPassedOpenForTheirDirection() {
        LauncherCli cli = new LauncherCli(TestSandbox.FIRST_TEST_BOX + 49);
        String launcher = TestSandbox.binary().toString();
        assertThat(withFds(cli, "3</etc/hostname", launcher, "--stdin-fd=3").stderr()).contains("--stdin-fd=3: not a pipe");
        assertThat(withFds(cli, "", launcher, "--stdin-fd=5").stderr()).contains("--stdin-fd=5: not an open descriptor");
        assertThat(withFds(cli, "", launcher, "--stdout-fd=1").stderr()).contains("standard streams cannot be passed");
        assertThat(withFds(cli, "3< <(true)", launcher, "--stdout-fd=3").stderr()).contains("--stdout-fd=3: not open for writing only");
        LauncherCli.Invocation noWall = withFds(cli, "3< <(true)", launcher, "--stdin-fd=3");
        assertThat(noWall.exitCode()).isEqualTo(2);
        assertThat(noWall.stderr()).contains("need --run with --wall-time");
    }

    /** The launcher started by bash with the redirections {@code fds}; every refusal here comes before the box is touched. */
    private static LauncherCli.Invocation withFds(LauncherCli cli, String fds, String launcher, String option) {
        LauncherCli.Invocation r = cli.invokeAs(List.of("bash", "-c", "exec \"$@\" " + fds, "bash"), launcher,
                option, "--run", "--", "/bin/true");
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(2);
        return r;
    }

    private static String uid(String report) {
        return report.replaceAll("(?s).*uid=(\\d+).*", "$1");
    }

    /**
     * Compiles and runs a pair; {@code args} are the submission's arguments, then "|", then the
     * validator's (without "|": all are the validator's).
     */
    private static PairedResult pair(String submission, Limits submissionLimits, String validator, Limits validatorLimits,
            String... args) {
        List<String> all = List.of(args);
        int bar = all.indexOf("|");
        List<String> submissionArgs = bar < 0 ? List.of() : all.subList(0, bar);
        List<String> validatorArgs = bar < 0 ? all : all.subList(bar + 1, all.size());
        BiFunction<Box, Box, PairedResult> run = (s, v) -> {
            Toolchains.compile(s, submission, source(submission));
            Toolchains.compile(v, validator, source(validator));
            return s.runPaired(v, request(submissionLimits, submissionArgs), request(validatorLimits, validatorArgs), GRACE);
        };
        return TestSandbox.pool().withBoxUnchecked(s -> TestSandbox.pool().withBoxUnchecked(v -> run.apply(s, v)));
    }

    private static RunRequest request(Limits limits, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("/box/prog");
        command.addAll(args);
        return new RunRequest(command, limits, null, Toolchains.PATH, List.of(), false);
    }

    private static String source(String name) {
        try (InputStream in = PairedRunIT.class.getResourceAsStream("/interactive/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
