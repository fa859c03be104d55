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
}
