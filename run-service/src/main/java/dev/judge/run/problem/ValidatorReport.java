package dev.judge.run.problem;

import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.ValidatorProgram;
import dev.judge.sandbox.RunResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a problem's own output validator said, read from how its run ended: its exit code by its
 * calling convention ({@link ValidatorProgram.Kind}), its feedback ({@code judgemessage.txt}, or a
 * testlib checker's report on standard error) and its score ({@code score.txt}, or a testlib
 * checker's points). A validator that fails in any other way — another exit code, a signal, a limit,
 * a score that is not a number — is a judging error: INTERNAL_ERROR naming the validator, never the
 * submission's fault.
 */
public final class ValidatorReport {

    static final int KATTIS_ACCEPTED = 42;
    static final int KATTIS_WRONG_ANSWER = 43;
    static final int TESTLIB_OK = 0;
    static final int TESTLIB_WRONG_ANSWER = 1;
    static final int TESTLIB_PRESENTATION_ERROR = 2;
    static final int TESTLIB_FAIL = 3;
    static final int TESTLIB_POINTS = 7;
    private static final Pattern POINTS = Pattern.compile("\\A\\s*points\\s+([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)");

    /** The validator's decision on one test case (or one pass). */
    public record Decision(Status status, String feedback, Double score, TestResult.ValidatorRun run) {
    }

    private ValidatorReport() {
    }

    /**
     * @param name how messages name the validator ("the output validator of problem 'x'")
     * @param feedback the files it left in its feedback directory
     */
    public static Decision decide(String name, ValidatorProgram.Kind kind, RunResult r, Map<String, byte[]> feedback) {
        TestResult.ValidatorRun run = new TestResult.ValidatorRun(r.cpuTimeSec(), r.wallTimeSec(), r.memoryKb(), r.exitCode());
        String failure = switch (r.outcome()) {
            case TIME_LIMIT -> "ran out of time (" + r.cpuTimeSec() + " s CPU, " + r.wallTimeSec() + " s wall)";
            case MEMORY_LIMIT -> "ran out of memory";
            case OUTPUT_LIMIT -> "wrote more than its output limit";
            case SIGNALLED -> "was killed by signal " + r.signal();
            case INTERNAL_ERROR -> "could not run: " + r.message();
            case OK, RUNTIME_ERROR -> null;
        };
        if (failure != null) {
            return judgingError(name, failure, r, run);
        }
        int exit = r.exitCode() == null ? -1 : r.exitCode();
        return kind == ValidatorProgram.Kind.KATTIS ? kattis(name, exit, r, feedback, run) : testlib(name, exit, r, run);
    }

    private static Decision kattis(String name, int exit, RunResult r, Map<String, byte[]> feedback, TestResult.ValidatorRun run) {
        String message = text(feedback.get("judgemessage.txt"));
        if (exit == KATTIS_WRONG_ANSWER) {
            return new Decision(Status.WRONG_ANSWER, message, null, run);
        }
        if (exit != KATTIS_ACCEPTED) {
            return judgingError(name, "exited with " + exit + " (42 accepts, 43 rejects)", r, run);
        }
        byte[] scoreFile = feedback.get("score.txt");
        if (scoreFile == null) {
            return new Decision(Status.ACCEPTED, message, null, run);
        }
        try {
            double score = Double.parseDouble(text(scoreFile).trim());
            if (!Double.isFinite(score)) {
                throw new NumberFormatException("not finite");
            }
            return new Decision(Status.ACCEPTED, message, score, run);
        } catch (NumberFormatException e) {
            return judgingError(name, "wrote a score.txt that is not a number: '" + ProblemJudge.bounded(text(scoreFile).trim()) + "'",
                    r, run);
        }
    }

    private static Decision testlib(String name, int exit, RunResult r, TestResult.ValidatorRun run) {
        String report = new String(r.stderr(), StandardCharsets.UTF_8).strip();
        return switch (exit) {
            case TESTLIB_OK -> new Decision(Status.ACCEPTED, report, null, run);
            case TESTLIB_WRONG_ANSWER, TESTLIB_PRESENTATION_ERROR -> new Decision(Status.WRONG_ANSWER, report, null, run);
            case TESTLIB_FAIL -> judgingError(name, "reported its own failure", r, run);
            case TESTLIB_POINTS -> {
                Matcher m = POINTS.matcher(report);
                yield m.find() ? new Decision(Status.ACCEPTED, report, Double.parseDouble(m.group(1)), run)
                        : judgingError(name, "exited with 7 (points) without a 'points <value>' report", r, run);
            }
            default -> judgingError(name, "exited with " + exit + " (0 accepts, 1 and 2 reject, 3 is its failure)", r, run);
        };
    }

    private static Decision judgingError(String name, String what, RunResult r, TestResult.ValidatorRun run) {
        String stderr = new String(r.stderr(), StandardCharsets.UTF_8).strip();
        String message = name + " " + what + (stderr.isEmpty() ? "" : "; it said: " + stderr);
        return new Decision(Status.INTERNAL_ERROR, ProblemJudge.bounded(message), null, run);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : ProblemJudge.bounded(new String(bytes, StandardCharsets.UTF_8));
    }
}
