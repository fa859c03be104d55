package dev.judge.run.problem;

import dev.judge.model.Artifact;
import dev.judge.model.Status;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.TestResult;
import dev.judge.model.ValidatorProgram;
import dev.judge.run.artifact.ArtifactCache;
import dev.judge.run.execute.LanguageRuntime;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.PairedResult;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import dev.judge.state.RedisRetry;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One pass of a test case whose validator talks with the submission (interactive) or asks for more
 * passes (multi-pass), in two boxes: the submission's and the validator's. Interactive: both run at
 * once, the submission's standard output the validator's standard input and back ({@link Box#runPaired});
 * the verdict follows {@link InteractiveVerdict}. Multi-pass without interaction: the submission runs
 * on the pass's input, then the validator on its output.
 *
 * <p>The validator gets the pass's input as its {@code input} argument (the test's input first, then
 * the {@code nextpass.in} it wrote), the answer and its feedback directory, which carries what it left
 * in the pass before; {@code nextpass.in} there asks for another pass, whose input it is. The
 * submission starts each pass in an empty box: its files do not survive between passes.
 */
public final class PassRunner {

    static final String NEXT_PASS = "nextpass.in";
    /** How long one side may run on after the other ended before it is ended too. */
    static final Duration GRACE = Duration.ofSeconds(1);

    /**
     * What one pass gave.
     *
     * @param status the pass's status
     * @param submission the submission's run
     * @param decision what the validator said (its run, feedback and score)
     * @param feedback what the validator left in its feedback directory, {@code nextpass.in} taken out
     * @param nextInput the next pass's input, when the validator accepted and asked for another pass; else null
     */
    public record Pass(Status status, RunResult submission, ValidatorReport.Decision decision, Map<String, byte[]> feedback,
            byte[] nextInput) {

        public TestResult.Pass summary() {
            return new TestResult.Pass(status, submission.cpuTimeSec(), submission.wallTimeSec(), submission.memoryKb());
        }
    }

    private final ArtifactCache artifacts;
    private final ValidatorRunner validators;
    private final RedisRetry redis;
    private final JavaStartup javaStartup;
    private final BiFunction<TestCaseScheduled, RunResult, Status> submissionStatus;

    /** @param submissionStatus the submission's own status from its run, as any test's */
    public PassRunner(ArtifactCache artifacts, ValidatorRunner validators, RedisRetry redis,
            JavaStartup javaStartup, BiFunction<TestCaseScheduled, RunResult, Status> submissionStatus) {
        this.artifacts = artifacts;
        this.validators = validators;
        this.redis = redis;
        this.javaStartup = javaStartup;
        this.submissionStatus = submissionStatus;
    }

    /**
     * @param input the pass's input, or null for the test's own
     * @param carried what the validator left in its feedback directory in the pass before
     */
    public Pass run(TestCaseScheduled job, Box submissionBox, Box validatorBox, byte[] input, Map<String, byte[]> carried) {
        ValidatorProgram v = job.validator();
        Optional<Artifact> program = redis.call("load an artifact", () -> artifacts.get(job.artifactKey()));
        if (program.isEmpty()) {
            return failed(dev.judge.run.execute.TestRunner.MISSING_ARTIFACT);
        }
        byte[] passInput;
        try {
            passInput = input != null ? input : validators.input(job);
            LanguageRuntime.load(submissionBox, program.get());
        } catch (IOException e) {
            return failed("cannot load the submission's box: " + e.getMessage());
        }
        if (!v.interactive()) {
            return sequential(job, submissionBox, validatorBox, program.get(), passInput, carried);
        }
        Optional<Artifact> validator;
        try {
            validator = validators.load(job, validatorBox, passInput);
        } catch (java.io.UncheckedIOException e) {
            return failed(ValidatorRunner.name(job) + " could not be put in its box: " + e.getCause().getMessage());
        }
        if (validator.isEmpty()) {
            return failed(ValidatorRunner.name(job) + " is no longer in the artifact store");
        }
        RunRequest submission = LanguageRuntime.request(job.language(), job.limits(), job.arguments(), javaStartup.current(),
                program.get().entry(), null, false);
        RunRequest validatorRun = LanguageRuntime.request(v.language(), v.limits(), ValidatorRunner.arguments(job),
                javaStartup.current(), validator.get().entry(), null, false);
        PairedResult paired = submissionBox.runPaired(validatorBox, submission, validatorRun, GRACE, carried);
        ValidatorReport.Decision decision = ValidatorReport.decide(ValidatorRunner.name(job), v.kind(),
                paired.validator(), paired.feedback());
        Status status = InteractiveVerdict.decide(InteractiveVerdict.firstEnded(paired), submissionStatus.apply(job, paired.submission()),
                decision.status());
        return finish(status, paired.submission(), decision, paired.feedback());
    }

    private Pass sequential(TestCaseScheduled job, Box submissionBox, Box validatorBox, Artifact program, byte[] input,
            Map<String, byte[]> carried) {
        try {
            submissionBox.writeFile("input.txt", input, false);
        } catch (IOException e) {
            return failed("cannot load the submission's box: " + e.getMessage());
        }
        RunResult r = submissionBox.run(LanguageRuntime.request(job.language(), job.limits(), job.arguments(),
                javaStartup.current(), program.entry(), "input.txt", false));
        Status own = submissionStatus.apply(job, r);
        if (own != Status.ACCEPTED) {
            return new Pass(own, r, new ValidatorReport.Decision(own, null, null, null), Map.of(), null);
        }
        ValidatorRunner.Judged judged = validators.judge(job, input, r.stdout(), validatorBox, carried);
        return finish(judged.decision().status(), r, judged.decision(), judged.feedback());
    }

    /** The pass's status, with another pass asked for only where the validator accepted and wrote {@code nextpass.in}. */
    private static Pass finish(Status status, RunResult submission, ValidatorReport.Decision decision, Map<String, byte[]> feedback) {
        Map<String, byte[]> kept = new HashMap<>(feedback);
        byte[] next = kept.remove(NEXT_PASS);
        return new Pass(status, submission, decision, kept, status == Status.ACCEPTED ? next : null);
    }

    /** A pass the judge could not run, for its own reason. */
    public static Pass failed(String message) {
        return new Pass(Status.INTERNAL_ERROR, RunResult.internalError(message),
                new ValidatorReport.Decision(Status.INTERNAL_ERROR, message, null, null), Map.of(), null);
    }
}
