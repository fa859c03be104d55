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
 * The Kafka broker paused (SIGSTOP) or stopped in the middle of a burst, then resumed or started
 * again: every submission a client was told was accepted ends with its verdict, nothing stays in
 * flight, and the stack serves again by itself. The outage lasts 10 s of burst in
 * {@code ./judge test}; {@code -Djudge.broker-outage.seconds=30} is the 30 s.
 */
class BrokerOutageIT {

    private static final String GROUP = "broker-" + UUID.randomUUID().toString().substring(0, 6);
    /** One submission every 500 ms: 8 before the fault, two a second while it lasts, 8 after. */
    private static final Duration SPACING = Duration.ofMillis(500);
    private static final int OUTAGE_SENDS = 2 * Integer.getInteger("judge.broker-outage.seconds", 10);

    private static ExternalKafka broker;
    private static Pipeline pipeline;
    private static JudgeClient topic;

    @BeforeAll
    static void start() {
        broker = ExternalKafka.start();
        pipeline = new Pipeline(GROUP, true).with(Map.of("JUDGE_KAFKA", broker.bootstrapServers())).startAll();
        topic = JudgeClient.withoutGroup(broker.bootstrapServers());
    }

    @AfterAll
    static void stop() {
        topic.close();
        pipeline.close();
        broker.close();
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void burstThrough(String fault, Step down, Step up) throws Exception {
        String api = pipeline.api(0);
        try (Burst burst = new Burst(api, 16 + OUTAGE_SENDS, SPACING, FaultMix::body)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> burst.sent() >= 8);
            down.run();
            await().atMost(Duration.ofSeconds(120)).until(() -> burst.sent() >= 8 + OUTAGE_SENDS);
            up.run();
            long backAt = System.nanoTime();
            burst.awaitAnswered(Duration.ofSeconds(120));
            FaultFigures figures = FaultFigures.settle(fault, burst, topic, backAt, Duration.ofMinutes(4));
            assertThat(figures.accepted()).as("submissions accepted around the fault").isPositive();
            assertThat(figures.lost()).as("accepted submissions without a final verdict over HTTP").isEmpty();
            assertThat(figures.withoutTopicVerdict()).isZero();
            assertThat(figures.shown()).doesNotContainKey("INTERNAL_ERROR");
            FaultMix.assertServing(api);
        }
    }

    @Test
    void aPausedBrokerLosesNothing() throws Exception {
        burstThrough("broker paused (SIGSTOP) for " + OUTAGE_SENDS / 2 + " s of burst", broker::pause, broker::resume);
    }

    @Test
    void aStoppedBrokerLosesNothing() throws Exception {
        burstThrough("broker stopped (SIGTERM) for " + OUTAGE_SENDS / 2 + " s of burst", broker::stop, broker::startAgain);
    }
}
