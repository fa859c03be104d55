package dev.judge.run.problem;

import dev.judge.model.Artifact;
import dev.judge.model.Status;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.ValidatorProgram;
import dev.judge.run.artifact.ArtifactCache;
import dev.judge.run.execute.LanguageRuntime;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import dev.judge.state.RedisRetry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a problem's own output validator on a submission's output, in a box of its own (never the
 * submission's): its artifact, the test's input and answer and the submission's whole output go
 * in, with an empty feedback directory; then {@link ValidatorReport} reads what it said.
 *
 * <p>The package interface: {@code validator input answer feedback_dir [flags] < output} for a
 * Kattis validator, {@code checker input output answer} for a testlib checker. Paths are the box's.
 */
public final class ValidatorRunner {

    static final String INPUT = "input.txt";
    static final String ANSWER = "answer.txt";
    static final String TEAM_OUTPUT = "team_output.txt";

    private final ArtifactCache artifacts;
    private final ProblemDataCache data;
    private final RedisRetry redis;
    private final JavaStartup javaStartup;

    public ValidatorRunner(ArtifactCache artifacts, ProblemDataCache data, RedisRetry redis, JavaStartup javaStartup) {
        this.artifacts = artifacts;
        this.data = data;
        this.redis = redis;
        this.javaStartup = javaStartup;
    }

    /** What the validator said, and the files it left in its feedback directory. */
    public record Judged(ValidatorReport.Decision decision, Map<String, byte[]> feedback) {
    }

    /** Judges {@code teamOutput}, the submission's whole standard output on {@code test}, in {@code box}. */
    public ValidatorReport.Decision judge(TestCaseScheduled.ProblemTest test, byte[] teamOutput, Box box) {
        return judge(test, null, teamOutput, box, Map.of()).decision();
    }

    /**
     * Likewise, for one pass of a multi-pass test.
     *
     * @param input the pass's input, or null for the test's own
     * @param carried what the validator left in its feedback directory in the pass before
     */
    public Judged judge(TestCaseScheduled.ProblemTest test, byte[] input, byte[] teamOutput, Box box, Map<String, byte[]> carried) {
        ValidatorProgram v = test.validator();
        Optional<Artifact> artifact;
        try {
            artifact = load(test, box, input);
        } catch (java.io.UncheckedIOException e) {
            return failed(test, "could not be put in its box: " + e.getCause().getMessage());
        }
        if (artifact.isEmpty()) {
            return failed(test, "is no longer in the artifact store (import the problem again)");
        }
        try {
            box.writeFile(TEAM_OUTPUT, teamOutput, false);
            box.prepareFeedback(carried);
        } catch (IOException e) {
            return failed(test, "could not be given its files: " + e.getMessage());
        }
        boolean kattis = v.kind() == ValidatorProgram.Kind.KATTIS;
        RunRequest request = LanguageRuntime.request(v.language(), v.limits(), arguments(test), javaStartup.current(),
                artifact.get().entry(), kattis ? TEAM_OUTPUT : null, false);
        RunResult r = box.run(request);
        Map<String, byte[]> feedback;
        try {
            feedback = box.readFeedback();
        } catch (IOException e) {
            return failed(test, "left feedback that cannot be read: " + e.getMessage());
        }
        return new Judged(ValidatorReport.decide(name(test), v.kind(), r, feedback), feedback);
    }

    /**
     * Puts the validator's artifact, the input and the test's answer into the box, or says the
     * artifact is gone. An interactive pass uses it too, before it starts both sides.
     *
     * @param input the input the validator gets, or null for the test's own
     */
    Optional<Artifact> load(TestCaseScheduled.ProblemTest test, Box box, byte[] input) {
        Optional<Artifact> artifact = redis.call("load an output validator", () -> artifacts.get(test.validator().artifactKey()));
        if (artifact.isPresent()) {
            try {
                LanguageRuntime.load(box, artifact.get());
                box.writeFile(INPUT, input != null ? input : data.input(test), false);
                box.writeFile(ANSWER, data.answer(test), false);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot load the output validator's box", e);
            }
        }
        return artifact;
    }

    /** The validator's command-line arguments after its program. */
    static List<String> arguments(TestCaseScheduled.ProblemTest test) {
        List<String> args = new ArrayList<>();
        if (test.validator().kind() == ValidatorProgram.Kind.TESTLIB) {
            args.addAll(List.of(INPUT, TEAM_OUTPUT, ANSWER));
        } else {
            args.addAll(List.of(INPUT, ANSWER, Box.FEEDBACK_DIRECTORY + "/"));
            args.addAll(test.validatorFlags());
        }
        return args;
    }

    static String name(TestCaseScheduled.ProblemTest test) {
        return "problem '" + test.problemId() + "'";
    }

    private static Judged failed(TestCaseScheduled.ProblemTest test, String what) {
        return new Judged(new ValidatorReport.Decision(Status.INTERNAL_ERROR, "the output validator of " + name(test) + " " + what,
                null, null), Map.of());
    }
}
