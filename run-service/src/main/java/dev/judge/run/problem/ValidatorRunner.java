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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a test's own output validator — the problem's, or the submission's checker — on the
 * submission's output, in a box of its own (never the submission's): its artifact, the test's input
 * and answer (a problem's test data, or the inline test's input and expected output) and the
 * submission's whole output go in, with a feedback directory; then {@link ValidatorReport} reads
 * what it said.
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

    /** Judges {@code teamOutput}, the submission's whole standard output on the test, in {@code box}. */
    public ValidatorReport.Decision judge(TestCaseScheduled job, byte[] teamOutput, Box box) {
        return judge(job, null, teamOutput, box, Map.of()).decision();
    }

    /**
     * Likewise, for one pass of a multi-pass test.
     *
     * @param input the pass's input, or null for the test's own
     * @param carried what the validator left in its feedback directory in the pass before
     */
    public Judged judge(TestCaseScheduled job, byte[] input, byte[] teamOutput, Box box, Map<String, byte[]> carried) {
        ValidatorProgram v = job.validator();
        Optional<Artifact> artifact;
        try {
            artifact = load(job, box, input);
        } catch (UncheckedIOException e) {
            return failed(job, "could not be put in its box: " + e.getCause().getMessage());
        }
        if (artifact.isEmpty()) {
            return failed(job, "is no longer in the artifact store" + (job.problem() != null ? " (import the problem again)" : ""));
        }
        try {
            box.writeFile(TEAM_OUTPUT, teamOutput, false);
            box.prepareFeedback(carried);
        } catch (IOException e) {
            return failed(job, "could not be given its files: " + e.getMessage());
        }
        boolean kattis = v.kind() == ValidatorProgram.Kind.KATTIS;
        RunRequest request = LanguageRuntime.request(v.language(), v.limits(), arguments(job), javaStartup.current(),
                artifact.get().entry(), kattis ? TEAM_OUTPUT : null, false);
        RunResult r = box.run(request);
        Map<String, byte[]> feedback;
        try {
            feedback = box.readFeedback();
        } catch (IOException e) {
            return failed(job, "left feedback that cannot be read: " + e.getMessage());
        }
        return new Judged(ValidatorReport.decide(name(job), v.kind(), r, feedback), feedback);
    }

    /**
     * Puts the validator's artifact, the input and the test's answer into the box, or says the
     * artifact is gone. An interactive pass uses it too, before it starts both sides.
     *
     * @param input the input the validator gets, or null for the test's own
     */
    Optional<Artifact> load(TestCaseScheduled job, Box box, byte[] input) {
        Optional<Artifact> artifact = redis.call("load an output validator", () -> artifacts.get(job.validator().artifactKey()));
        if (artifact.isPresent()) {
            try {
                LanguageRuntime.load(box, artifact.get());
                box.writeFile(INPUT, input != null ? input : input(job), false);
                box.writeFile(ANSWER, answer(job), false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the output validator's box", e);
            }
        }
        return artifact;
    }

    /** The test's own input: the problem's test data, or the inline test's. */
    byte[] input(TestCaseScheduled job) throws IOException {
        return job.problem() != null ? data.input(job.problem()) : job.stdin();
    }

    private byte[] answer(TestCaseScheduled job) throws IOException {
        if (job.problem() != null) {
            return data.answer(job.problem());
        }
        return job.expectedOutput() != null ? job.expectedOutput() : new byte[0];
    }

    /** The validator's command-line arguments after its program. */
    static List<String> arguments(TestCaseScheduled job) {
        List<String> args = new ArrayList<>();
        if (job.validator().kind() == ValidatorProgram.Kind.TESTLIB) {
            args.addAll(List.of(INPUT, TEAM_OUTPUT, ANSWER));
        } else {
            args.addAll(List.of(INPUT, ANSWER, dev.judge.sandbox.Box.FEEDBACK_DIRECTORY + "/"));
            if (job.problem() != null) {
                args.addAll(job.problem().validatorFlags());
            }
        }
        return args;
    }

    /** How messages name the validator. */
    public static String name(TestCaseScheduled job) {
        if (job.problem() != null) {
            return "the output validator of problem '" + job.problem().problemId() + "'";
        }
        return job.validator().interactive() ? "the submission's interactor" : "the submission's checker";
    }

    private static Judged failed(TestCaseScheduled job, String what) {
        return new Judged(new ValidatorReport.Decision(Status.INTERNAL_ERROR, name(job) + " " + what, null, null), Map.of());
    }
}
