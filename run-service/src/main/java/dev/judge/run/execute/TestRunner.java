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
import dev.judge.run.artifact.ArtifactCache;
import dev.judge.run.compare.OutputComparator;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.run.javawarm.JavaWarmup;
import dev.judge.run.metrics.RunObserver;
import dev.judge.run.problem.ProblemJudge;
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

    /** @param maxQueued tests this instance holds waiting for a box before it stops taking records */
    private final ProblemJudge problems;

    public TestRunner(TestScheduler scheduler, int maxQueued, ArtifactCache artifacts, StopMarks stops, FullOutputStore outputs,
            RunObserver observer, RedisRetry redis, JavaStartup javaStartup, JavaWarmup javaWarmup, ProblemJudge problems) {
        this.problems = problems;
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
            results.add(scheduler.schedule(job.language(), box -> {
                firstStart.accumulateAndGet(System.currentTimeMillis(), Math::min);
                try {
                    return afterFailure(job) ? TestResult.skipped(job.index()) : judge(job, box);
                } catch (RuntimeException e) {
                    log.error("Test {} failed unexpectedly", job.key(), e);
                    return internalError(job, "run-service: " + e.getMessage());
                }
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

    TestResult judge(TestCaseScheduled job, Box box) {
        long startedAt = System.currentTimeMillis();
        if (job.index() == 0) {
            observer.queueWait(job.language(), (startedAt - job.arrivedAtMs()) / 1000.0);
        }
        Optional<Artifact> artifact = redis.call("load an artifact", () -> artifacts.get(job.artifactKey()));
        if (artifact.isEmpty()) {
            return internalError(job, MISSING_ARTIFACT);
        }
        try {
            for (Map.Entry<String, byte[]> f : artifact.get().files().entrySet()) {
                box.writeFile(f.getKey(), f.getValue(), artifact.get().executable().contains(f.getKey()));
            }
            box.writeFile("input.txt", job.problem() != null ? problems.input(job.problem()) : job.stdin(), false);
        } catch (IOException e) {
            return internalError(job, "cannot load the box: " + e.getMessage());
        }
        JavaStartup.Startup java = javaStartup.current();
        RunRequest request = new RunRequest(LanguageRuntime.command(job.language(), job.limits(), job.arguments(), java,
                artifact.get().entry()),
                LanguageRuntime.sandboxLimits(job.language(), job.limits()), "input.txt",
                LanguageRuntime.environment(job.language()),
                job.language() == Language.JAVA ? java.directories() : LanguageRuntime.directories(job.language()),
                job.redirectStderrToStdout());
        RunResult r = box.run(request);
        observer.executed(job.language(), r.wallTimeSec());
        Status status = status(job, r);
        String feedback = null;
        if (job.problem() != null && status == Status.ACCEPTED) {
            ProblemJudge.Decision decision = problems.judge(job.problem(), r.stdout());
            status = decision.status();
            feedback = decision.feedback().isEmpty() ? null : decision.feedback();
        }
        if (status.failed() && job.stopOnFirstFailure()) {
            redis.run("mark a failed test", () -> stops.failed(job.submissionId(), job.index()));
        }
        // The record carries text: outputs that are cut, or that are not UTF-8, are kept exact in Redis.
        boolean truncated = r.stdout().length > TestResult.RECORD_OUTPUT_BYTES || r.stderr().length > TestResult.RECORD_OUTPUT_BYTES
                || !Utf8.isValid(r.stdout()) || !Utf8.isValid(r.stderr());
        if (truncated) {
            redis.run("keep a test's full output", () -> outputs.store(job.submissionId(), job.index(), r.stdout(), r.stderr()));
        }
        TestResult result = new TestResult(job.index(), status, r.cpuTimeSec(), r.wallTimeSec(), r.memoryKb(),
                r.exitCode(), r.signal(), cut(r.stdout()), cut(r.stderr()), truncated);
        return job.problem() == null ? result : result.inProblem(groupOf(job.problem().name()), feedback, null);
    }

    static Status status(TestCaseScheduled job, RunResult r) {
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
                if (job.expectedOutput() == null) {
                    yield Status.ACCEPTED;
                }
                boolean same = OutputComparator.matches(job.compare().mode(), job.compare().epsilon(), r.stdout(),
                        job.expectedOutput());
                yield same ? Status.ACCEPTED : Status.WRONG_ANSWER;
            }
        };
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
