package dev.judge.run.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Artifact;
import dev.judge.model.Effects;
import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Status;
import dev.judge.model.Submission;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.TestChunkScheduled;
import dev.judge.model.TestResult;
import dev.judge.run.artifact.ArtifactCache;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.run.javawarm.JavaWarmup;
import dev.judge.run.metrics.RunObserver;
import dev.judge.run.schedule.ConcurrencyLimits;
import dev.judge.run.schedule.TestScheduler;
import dev.judge.sandbox.TestSandbox;
import dev.judge.state.ArtifactStore;
import dev.judge.state.FullOutputStore;
import dev.judge.state.RedisRetry;
import dev.judge.state.StateKeys;
import dev.judge.state.StopMarks;
import dev.judge.testing.RedisServer;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Redis that refuses writes for a while (full, under {@code noeviction}) while a test runs: the
 * write is retried and the test keeps its real verdict, on a real Redis of its own and the real sandbox.
 */
class RedisRetryWhileRunningIT {

    private static RedisServer redis;
    private static RedisClusterCommands<String, byte[]> bytes;
    private static RedisClusterCommands<String, String> admin;

    @BeforeAll
    static void start() {
        redis = RedisServer.startPrivate();
        bytes = redis.client().connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)).sync();
        admin = redis.client().connect().sync();
    }

    @AfterAll
    static void stop() {
        redis.stop();
    }

    private static final JavaStartup PLAIN_JAVA = new JavaStartup(LanguageRuntime.JAVA_HOME,
            java.nio.file.Path.of("/nonexistent"), LanguageRuntime.JAVA_FLAGS);

    private static final RunObserver QUIET = new RunObserver() {
        @Override
        public void executed(Language language, double seconds) {
        }

        @Override
        public void queueWait(Language language, double seconds) {
        }
    };

    @Test
    void aTestWhoseOutputCannotBeKeptYetIsRetriedNotAnInternalError() throws Exception {
        String id = "redis-retry-" + UUID.randomUUID();
        String key = "artifact:" + id;
        // Prints 20 KiB, more than a record carries: the full output goes to Redis.
        new ArtifactStore(bytes).put(key, new Artifact(Map.of("main.py",
                "print('x' * 20000)\n".getBytes(StandardCharsets.UTF_8)), List.of()), Duration.ofMinutes(5));
        List<PipelineEvent.TestsJudged> published = new CopyOnWriteArrayList<>();
        TestScheduler scheduler = new TestScheduler(TestSandbox.pool(), Executors.newCachedThreadPool(),
                ConcurrencyLimits.design(TestSandbox.pool().size()), () -> 0, 0.8, Duration.ZERO);
        ArtifactCache artifacts = new ArtifactCache(new ArtifactStore(bytes), 1 << 20);
        var problemData = new dev.judge.run.problem.ProblemDataCache(new dev.judge.state.ProblemDataStore(bytes),
                java.nio.file.Path.of("target/problem-data"), 1L << 30);
        TestRunner runner = new TestRunner(scheduler, 16, artifacts,
                new StopMarks(bytes, Duration.ofMinutes(5)), new FullOutputStore(bytes, Duration.ofMinutes(5), 1 << 20),
                QUIET, new RedisRetry(20, Duration.ofMillis(100), Duration.ofMillis(500)), PLAIN_JAVA,
                new JavaWarmup(PLAIN_JAVA, TestSandbox.pool(), Duration.ofMinutes(2), System::currentTimeMillis),
                new dev.judge.run.problem.ProblemJudge(problemData), new dev.judge.run.problem.ValidatorRunner(artifacts,
                        problemData, RedisRetry.standard(), PLAIN_JAVA));
        // From now on Redis refuses every write for 1.5 s.
        admin.configSet("maxmemory", "1");
        ScheduledExecutorService restore = Executors.newSingleThreadScheduledExecutor();
        restore.schedule(() -> admin.configSet("maxmemory", "1gb"), 1500, TimeUnit.MILLISECONDS);
        try {
            TestCaseScheduled test = new TestCaseScheduled(id, 0, 1, Language.PYTHON, key,
                    LanguageCatalog.defaults().entry(Language.PYTHON).defaults(), new byte[0], null,
                    Submission.Compare.defaults(), List.of(), false, false, System.currentTimeMillis());
            CompletableFuture<Effects> effects = runner.run(new TestChunkScheduled(id, 0, List.of(test)));
            published.add((PipelineEvent.TestsJudged) effects.get(60, TimeUnit.SECONDS).values().get(0));
        } finally {
            scheduler.close();
            restore.shutdown();
            restore.awaitTermination(5, TimeUnit.SECONDS);
            admin.configSet("maxmemory", "1gb");
        }
        TestResult result = published.get(0).results().get(0);
        assertThat(result.status()).as(result.stderr()).isEqualTo(Status.ACCEPTED);
        assertThat(result.truncated()).isTrue();
        assertThat(new FullOutputStore(bytes, Duration.ofMinutes(5), 1 << 20).read(StateKeys.output(id, 0)))
                .hasValueSatisfying(o -> assertThat(o.stdout()).hasSize(20_001));
    }
}
