package dev.judge.run.execute;

import dev.judge.model.Artifact;
import dev.judge.model.Effects;
import dev.judge.model.Language;
import dev.judge.model.PipelineEvent;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.TestChunkScheduled;
import dev.judge.model.TestResult;
import dev.judge.model.Status;
import dev.judge.model.Utf8;
import dev.judge.model.ValidatorProgram;
import dev.judge.run.artifact.ArtifactCache;
import dev.judge.run.compare.OutputComparator;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.run.javawarm.JavaWarmup;
import dev.judge.run.metrics.RunObserver;
import dev.judge.run.problem.PassRunner;
import dev.judge.run.problem.ProblemJudge;
import dev.judge.run.problem.ValidatorReport;
import dev.judge.run.problem.ValidatorRunner;
import dev.judge.run.schedule.TestScheduler;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import dev.judge.state.FullOutputStore;
import dev.judge.state.RedisRetry;
import dev.judge.state.StopMarks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tests, free of Spring and Kafka. {@link #run} waits while too many tests wait for a box
 * (so the consumer never takes more work than the boxes can do), then runs a chunk's tests in the
 * background and completes with what their results cause ({@link Effects}: one
 * {@code TestsJudged} for result-service); publishing it, retrying and acknowledging the record
 * are the delivery edge's. Redis calls are retried ({@link RedisRetry}) before a test becomes an
 * INTERNAL_ERROR because of Redis.
 */
public final class TestRunner {

    private static final Logger log = LoggerFactory.getLogger(TestRunner.class);

    /** Why a test whose artifact is gone from Redis (expired, evicted, or Redis lost it) was not run. */
    public static final String MISSING_ARTIFACT = "the compiled program is no longer in the artifact store (it expired, was"
            + " evicted or Redis lost it before this test ran); the test was not run: submit again to compile it again";

    private final TestScheduler scheduler;
    private final int maxQueued;
    private final ArtifactCache artifacts;
    private final StopMarks stops;
    private final FullOutputStore outputs;
    private final RunObserver observer;
    private final RedisRetry redis;
    private final JavaStartup javaStartup;
    private final JavaWarmup javaWarmup;

    private final ProblemJudge problems;
    private final ValidatorRunner validators;
    private final PassRunner passRunner;

    /** @param maxQueued tests this instance holds waiting for a box before it stops taking records */
    public TestRunner(TestScheduler scheduler, int maxQueued, ArtifactCache artifacts, StopMarks stops, FullOutputStore outputs,
            RunObserver observer, RedisRetry redis, JavaStartup javaStartup, JavaWarmup javaWarmup, ProblemJudge problems,
            ValidatorRunner validators) {
        this.problems = problems;
        this.validators = validators;
        this.passRunner = new PassRunner(artifacts, validators, redis, javaStartup, TestRunner::status);
        this.javaStartup = javaStartup;
        this.javaWarmup = javaWarmup;
        this.redis = redis;
        this.scheduler = scheduler;
        this.maxQueued = maxQueued;
        this.artifacts = artifacts;
        this.stops = stops;
        this.outputs = outputs;
        this.observer = observer;
    }

    /**
     * Hands a chunk's tests to the scheduler, which runs them in parallel on this instance's boxes
     * within their language's concurrency limit, and completes with their results in one event to
     * publish; a test that fails unexpectedly is an INTERNAL_ERROR, so the future does not fail. Waits
     * first while {@code maxQueued} tests already wait for a box, so the consumer never runs far
     * ahead of the boxes. A test after a known failure of a stop-on-first-failure submission is
     * skipped, not run (checked again when its box comes).
     */
    public CompletableFuture<Effects> run(TestChunkScheduled chunk) throws InterruptedException {
        scheduler.awaitRoom(maxQueued);
        if (chunk.tests().get(0).language() == Language.JAVA) {
            javaWarmup.javaBatchArrived();
        }
        long submittedAt = System.currentTimeMillis();
        AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
        List<CompletableFuture<TestResult>> results = new ArrayList<>();
        for (TestCaseScheduled job : chunk.tests()) {
            if (afterFailure(job)) {
                results.add(CompletableFuture.completedFuture(TestResult.skipped(job.index())));
                continue;
            }
            CompletableFuture<TestResult> test = inPasses(job)
                    ? passes(job, null, Map.of(), List.of(), firstStart)
                    : scheduler.schedule(job.language(), box -> {
                        firstStart.accumulateAndGet(System.currentTimeMillis(), Math::min);
                        return guarded(job, () -> afterFailure(job) ? new Ran(TestResult.skipped(job.index()), null) : execute(job, box));
                    }).thenCompose(ran -> validated(job, ran));
            results.add(test.thenApply(result -> {
                if (result.status().failed() && job.stopOnFirstFailure()) {
                    redis.run("mark a failed test", () -> stops.failed(job.submissionId(), job.index()));
                }
                return result;
            }));
        }
        TestCaseScheduled first = chunk.tests().get(0);
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).thenApply(done -> Effects.report(
                new PipelineEvent.TestsJudged(first.submissionId(), first.total(),
                        results.stream().map(CompletableFuture::join).toList(),
                        firstStart.get() == Long.MAX_VALUE ? submittedAt : firstStart.get(), System.currentTimeMillis())));
    }

    private boolean afterFailure(TestCaseScheduled job) {
        return job.stopOnFirstFailure()
                && redis.call("read stop marks", () -> stops.isAfterFailure(job.submissionId(), job.index()));
    }

    /** A test's run: its result so far and, while its output still awaits the problem's own validator, that output. */
    record Ran(TestResult result, byte[] output) {
    }

    /** A box's work, whose unexpected failure is the test's INTERNAL_ERROR (the future never fails). */
    private static Ran guarded(TestCaseScheduled job, java.util.function.Supplier<Ran> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            log.error("Test {} failed unexpectedly", job.key(), e);
            return new Ran(internalError(job, "run-service: " + e.getMessage()), null);
        }
    }

    /**
     * The test's final result: as it ran, or, for a problem judged by its own output validator, as
     * that validator judges the output, in a box of its own once one is free (the validator's
     * language's turn, like any test).
     */
    private CompletableFuture<TestResult> validated(TestCaseScheduled job, Ran ran) {
        if (ran.output() == null) {
            return CompletableFuture.completedFuture(ran.result());
        }
        ValidatorProgram validator = job.validator();
        return scheduler.schedule(validator.language(), box -> guarded(job, () -> {
            ValidatorReport.Decision d = validators.judge(job, ran.output(), box);
            return new Ran(ran.result().judgedBy(d.status(), d.feedback(), d.score(), d.run()), null);
        })).thenApply(Ran::result);
    }

    /** Whether the test runs as passes in two boxes: its validator talks with the submission, or may ask for more passes. */
    private static boolean inPasses(TestCaseScheduled job) {
        ValidatorProgram v = job.validator();
        return v != null && (v.interactive() || v.multiPass());
    }

    /**
     * A test run as passes, each in a pair of boxes once two are free: one pass after another for as
     * long as the validator accepts and asks for another ({@code nextpass.in}), up to the problem's
     * {@code validation_passes}; a validator that asks for more is at fault (INTERNAL_ERROR).
     */
    private CompletableFuture<TestResult> passes(TestCaseScheduled job, byte[] input, Map<String, byte[]> carried,
            List<PassRunner.Pass> done, AtomicLong firstStart) {
        return scheduler.schedulePair(job.language(), (submissionBox, validatorBox) -> {
            firstStart.accumulateAndGet(System.currentTimeMillis(), Math::min);
            try {
                return passRunner.run(job, submissionBox, validatorBox, input, carried);
            } catch (RuntimeException e) {
                log.error("Test {} failed unexpectedly", job.key(), e);
                return PassRunner.failed("run-service: " + e.getMessage());
            }
        }).exceptionally(e -> PassRunner.failed("run-service: " + (e.getCause() != null ? e.getCause() : e).getMessage()))
                .thenCompose(pass -> {
                    List<PassRunner.Pass> all = new ArrayList<>(done);
                    all.add(pass);
                    ValidatorProgram v = job.validator();
                    if (pass.nextInput() != null && v.multiPass()) {
                        if (all.size() < v.passes()) {
                            return passes(job, pass.nextInput(), pass.feedback(), all, firstStart);
                        }
 all.set(all.size() - 1, PassRunner.failed(ValidatorRunner.name(job)
                                + " asked for pass " + (all.size() + 1) + ", but the problem allows " + v.passes()));
                    }
                    return CompletableFuture.completedFuture(passesResult(job, all));
                });
    }

    /** A test's result from its passes: the last pass's status, outputs and validator, the most time and memory any took. */
    private TestResult passesResult(TestCaseScheduled job, List<PassRunner.Pass> passes) {
        PassRunner.Pass last = passes.get(passes.size() - 1);
        RunResult r = last.submission();
        double cpu = passes.stream().mapToDouble(p -> p.submission().cpuTimeSec()).max().orElse(0);
        double wall = passes.stream().mapToDouble(p -> p.submission().wallTimeSec()).max().orElse(0);
        long memory = passes.stream().mapToLong(p -> p.submission().memoryKb()).max().orElse(0);
        String stderr = recordedStderr(r);
        boolean truncated = r.stdout().length > TestResult.RECORD_OUTPUT_BYTES || r.stderr().length > TestResult.RECORD_OUTPUT_BYTES
                || !Utf8.isValid(r.stdout()) || !Utf8.isValid(r.stderr());
        if (truncated) {
            redis.run("keep a test's full output", () -> outputs.store(job.submissionId(), job.index(), r.stdout(), r.stderr()));
        }
        observer.executed(job.language(), wall);
        ValidatorReport.Decision d = last.decision();
        TestResult result = new TestResult(job.index(), last.status(), cpu, wall, memory, r.exitCode(), r.signal(), cut(r.stdout()),
                stderr, truncated).inProblem(job.problem() == null ? null : groupOf(job.problem().name()),
                        d.feedback() == null || d.feedback().isEmpty() ? null : d.feedback(), d.score());
        return result.withValidator(d.run(), job.validator().multiPass()
                ? passes.stream().map(PassRunner.Pass::summary).toList() : null);
    }

    Ran execute(TestCaseScheduled job, Box box) {
        long startedAt = System.currentTimeMillis();
        if (job.index() == 0) {
            observer.queueWait(job.language(), (startedAt - job.arrivedAtMs()) / 1000.0);
        }
        Optional<Artifact> artifact = redis.call("load an artifact", () -> artifacts.get(job.artifactKey()));
        if (artifact.isEmpty()) {
            return new Ran(internalError(job, MISSING_ARTIFACT), null);
        }
        try {
            LanguageRuntime.load(box, artifact.get());
            box.writeFile("input.txt", job.problem() != null ? problems.input(job.problem()) : job.stdin(), false);
        } catch (IOException e) {
            return new Ran(internalError(job, "cannot load the box: " + e.getMessage()), null);
        }
        RunRequest request = LanguageRuntime.request(job.language(), job.limits(), job.arguments(), javaStartup.current(),
                artifact.get().entry(), "input.txt", job.redirectStderrToStdout());
        RunResult r = box.run(request);
        observer.executed(job.language(), r.wallTimeSec());
        Status status = status(job, r);
        String feedback = null;
        boolean ownValidator = job.validator() != null;
        if (job.problem() != null && !ownValidator && status == Status.ACCEPTED) {
            ProblemJudge.Decision decision = problems.judge(job.problem(), r.stdout());
            status = decision.status();
            feedback = decision.feedback().isEmpty() ? null : decision.feedback();
        }
        // The record carries text: outputs that are cut, or that are not UTF-8, are kept exact in Redis.
        boolean truncated = r.stdout().length > TestResult.RECORD_OUTPUT_BYTES || r.stderr().length > TestResult.RECORD_OUTPUT_BYTES
                || !Utf8.isValid(r.stdout()) || !Utf8.isValid(r.stderr());
        if (truncated) {
            redis.run("keep a test's full output", () -> outputs.store(job.submissionId(), job.index(), r.stdout(), r.stderr()));
        }
        TestResult result = new TestResult(job.index(), status, r.cpuTimeSec(), r.wallTimeSec(), r.memoryKb(),
                r.exitCode(), r.signal(), cut(r.stdout()), recordedStderr(r), truncated);
        byte[] toValidate = ownValidator && status == Status.ACCEPTED ? r.stdout() : null;
        if (job.problem() == null) {
            return new Ran(result, toValidate);
        }
        return new Ran(result.inProblem(groupOf(job.problem().name()), feedback, null), toValidate);
    }

    public static Status status(TestCaseScheduled job, RunResult r) {
        return switch (r.outcome()) {
            case TIME_LIMIT -> Status.TIME_LIMIT_EXCEEDED;
            case MEMORY_LIMIT -> Status.MEMORY_LIMIT_EXCEEDED;
            case OUTPUT_LIMIT -> Status.OUTPUT_LIMIT_EXCEEDED;
            case RUNTIME_ERROR -> r.exitCode() != null
                    && r.exitCode().equals(job.language().profile().run().outOfMemoryExitCode())
                    ? Status.MEMORY_LIMIT_EXCEEDED : Status.RUNTIME_ERROR;
            case SIGNALLED -> Status.RUNTIME_ERROR;
            case INTERNAL_ERROR -> Status.INTERNAL_ERROR;
            case OK -> {
                if (r.stdoutBytes() > job.limits().outputLimitKb() * 1024) {
                    yield Status.OUTPUT_LIMIT_EXCEEDED;
                }
                if (job.expectedOutput() == null || job.validator() != null) {
                    yield Status.ACCEPTED;   // nothing to compare, or a validator of its own judges the output
                }
                boolean same = OutputComparator.matches(job.compare().mode(), job.compare().epsilon(), r.stdout(),
                        job.expectedOutput());
                yield same ? Status.ACCEPTED : Status.WRONG_ANSWER;
            }
        };
    }

    /**
     * What the record says on the test's standard error: the program's, or, when the sandbox
     * failed, why (the launcher's message: "sandbox failure in box N: ... No space left on device"),
     * which the verdict's message then names.
     */
    private static String recordedStderr(RunResult r) {
        return r.outcome() == dev.judge.sandbox.Outcome.INTERNAL_ERROR && r.message() != null ? r.message() : cut(r.stderr());
    }

    private static TestResult internalError(TestCaseScheduled job, String message) {
        TestResult result = new TestResult(job.index(), Status.INTERNAL_ERROR, 0, 0, 0, null, null, null, message, false);
        return job.problem() == null ? result : result.inProblem(groupOf(job.problem().name()), null, null);
    }

    /** The group of a problem's test case: its name's folder under {@code data/} ({@code secret/small}). */
    private static String groupOf(String testName) {
        int slash = testName.lastIndexOf('/');
        return slash < 0 ? "" : testName.substring(0, slash);
    }

    private static String cut(byte[] bytes) {
        byte[] part = bytes.length > TestResult.RECORD_OUTPUT_BYTES ? Arrays.copyOf(bytes, TestResult.RECORD_OUTPUT_BYTES) : bytes;
        return new String(part, StandardCharsets.UTF_8);
    }
}
