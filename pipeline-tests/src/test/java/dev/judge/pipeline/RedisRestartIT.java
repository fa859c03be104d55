package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis killed with SIGKILL in the middle of a burst and started again on the same port, with its
 * append-only file (as {@code ./judge up} runs it) or empty. Every submission a client was told was
 * accepted ends with a final verdict over HTTP (states lost with Redis are rebuilt: verdicts
 * already given from {@code judge.verdicts}, submissions in flight from the events that follow),
 * nothing stays in flight, and the stack serves again by itself.
 */
class RedisRestartIT {

    private static final String GROUP = "redis-" + UUID.randomUUID().toString().substring(0, 6);

    private static RestartableRedis redis;
    private static Pipeline pipeline;
    private static JudgeClient topic;

    @BeforeAll
    static void start() {
        redis = RestartableRedis.start();
        pipeline = new Pipeline(GROUP).with(Map.of("JUDGE_REDIS_URI", redis.uri())).startAll();
        topic = new JudgeClient();
    }

    @AfterAll
    static void stop() {
        topic.close();
        pipeline.close();
        redis.close();
    }

    private interface Restart {
        void run() throws Exception;
    }

    private static FaultFigures burstThrough(String fault, Restart restart) throws Exception {
        String api = pipeline.api(0);
        try (Burst burst = new Burst(api, 40, Duration.ofMillis(250), FaultMix::body)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> burst.sent() >= 12);
            redis.kill();
            await().atMost(Duration.ofSeconds(60)).until(() -> burst.sent() >= 24);
            restart.run();
            long restartedAt = System.nanoTime();
            burst.awaitAnswered(Duration.ofSeconds(120));
            FaultFigures figures = FaultFigures.settle(fault, burst, topic, restartedAt, Duration.ofMinutes(4));
            assertThat(figures.accepted()).as("submissions accepted around the fault").isGreaterThan(20);
            assertThat(figures.lost()).as("accepted submissions without a final verdict over HTTP").isEmpty();
            assertThat(figures.withoutTopicVerdict()).isZero();
            FaultMix.assertServing(api);
            return figures;
        }
    }

    @Test
    void redisRestartedWithItsDataLosesNothing() throws Exception {
        burstThrough("redis killed, restarted with its append-only file", redis::startWithData);
    }

    @Test
    void redisRestartedEmptyLosesNoVerdict() throws Exception {
        burstThrough("redis killed, restarted empty", redis::startEmpty);
    }

    /**
     * A submission cut into two chunks (9 tests at Python's 5 s CPU cap: 8 fit the 40 s a chunk
     * carries), the first recorded before Redis restarts empty and the second after: the first
     * chunk's results, lost with Redis, are replayed from {@code judge.outcomes}, and the
     * submission gets its verdict rather than staying RUNNING. The last test sleeps, so its chunk
     * ends after the restart.
     */
    @Test
    void aSubmissionInChunksAcrossAnEmptyRestartGetsItsVerdict() throws Exception {
        String api = pipeline.api(0);
        String id = "chunked-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder tests = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            String sleep = i == 8 ? "6" : "0";
            tests.append(i == 0 ? "" : ", ").append("{\"stdin\": \"%s\", \"expectedOutput\": \"%s\"}".formatted(sleep, sleep));
        }
        Http.Response sent = Http.post(api + "/api/v1/submissions", """
                {"id": "%s", "language": "python", "source": "import time\\nn = int(input())\\ntime.sleep(n)\\nprint(n)\\n",
                 "tests": [%s], "limits": {"cpuTimeSec": 5}}
                """.formatted(id, tests));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        await("the first chunk recorded").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> Http.get(api + "/api/v1/submissions/" + id).json().path("passed").asInt() >= 8);
        redis.kill();
        redis.startEmpty();

        await("the verdict").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> Burst.isFinal(Burst.shown(api, id)) && !"404".equals(Burst.shown(api, id)));
        var verdict = Http.get(api + "/api/v1/submissions/" + id).json();
        assertThat(verdict.get("status").asString()).as(verdict.toString()).isEqualTo("ACCEPTED");
        assertThat(verdict.get("passed").asInt()).isEqualTo(9);
        await("its one verdict on judge.verdicts").atMost(Duration.ofSeconds(30)).until(() -> !topic.allVerdicts(id).isEmpty());
        assertThat(topic.allVerdicts(id)).hasSize(1);
        FaultMix.assertServing(api);
    }
}
