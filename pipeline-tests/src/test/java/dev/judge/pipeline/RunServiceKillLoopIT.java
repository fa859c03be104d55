package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.sandbox.HostState;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run-service instance in a JVM of its own is killed with SIGKILL again and again while a burst
 * runs, each time while it runs a test, and a new one started, as a crash-looping pod would be; one
 * instance in the test JVM lives throughout. The killed instance's unfinished chunks go to the rest
 * of its consumer group; every accepted submission ends with one final verdict over HTTP. The short
 * form (3 kills, one every 10 s of burst) runs in {@code ./judge test}; the long form, a kill
 * every 10 s for two minutes, is {@code -Djudge.kill-loop.kills=12}.
 */
class RunServiceKillLoopIT {

    private static final String GROUP = "killloop-" + UUID.randomUUID().toString().substring(0, 6);
    private static final int KILLS = Integer.getInteger("judge.kill-loop.kills", 3);
    private static final Duration EVERY = Duration.ofSeconds(Long.getLong("judge.kill-loop.every-seconds", 10));
    private static final Duration SPACING = Duration.ofMillis(400);

    private static Pipeline pipeline;
    private static JudgeClient topic;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline(GROUP).startAll();
        topic = new JudgeClient();
    }

    @AfterAll
    static void stop() {
        topic.close();
        pipeline.close();
    }

    @Test
    void aRunServiceKilledInALoopLosesNothing() throws Exception {
        int perKill = (int) (EVERY.toMillis() / SPACING.toMillis());
        // Two workers' boxes, used in turn: the next worker is started, and up, before the one that judges is
        // killed, so the burst does not wait for a JVM to start between kills.
        Pipeline.BoxIds all = Pipeline.externalRunBoxes();
        List<Pipeline.BoxIds> halves = List.of(new Pipeline.BoxIds(all.first(), all.first() + 20),
                new Pipeline.BoxIds(all.first() + 20, all.last()));
        ExternalRunService current = ExternalRunService.start(GROUP, RedisServer.shared().uri(), halves.get(0));
        try {
            await().atMost(Duration.ofMinutes(10)).until(current::isUp);
        } catch (RuntimeException e) {
            current.close();
            throw e;
        }
        // Bounded: at most eight times the submissions the kills need, stopped once the last kill is done.
        try (Burst burst = new Burst(pipeline.api(0), 8 * KILLS * perKill, SPACING, FaultMix::body)) {
            try {
                int lastKill = 0;
                for (int k = 1; k <= KILLS; k++) {
                    ExternalRunService victim = current;
                    Pipeline.BoxIds boxes = halves.get((k - 1) % 2);
                    try {
                        current = k < KILLS ? ExternalRunService.start(GROUP, RedisServer.shared().uri(), halves.get(k % 2)) : null;
                        if (current != null) {
                            await().atMost(Duration.ofMinutes(10)).until(current::isUp);
                        }
                        int due = lastKill + perKill;
                        // Killed after at least EVERY of burst since the last kill, once it has judged tests, while
                        // a program runs in its boxes (a JVM takes minutes to start on a host at load 40).
                        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                                burst.sent() >= due && victim.testsRun() > 0
                                        && !HostState.boxProcesses(boxes.first(), boxes.last()).isEmpty());
                        assertThat(victim.isAlive()).as("the worker was still alive when its kill came").isTrue();
                        victim.kill();
                        lastKill = burst.sent();
                    } finally {
                        victim.close();
                    }
                }
            } finally {
                if (current != null) {
                    current.close();
                }
            }
            burst.stop();
            long lastKillAt = System.nanoTime();
            burst.awaitAnswered(Duration.ofSeconds(120));
            FaultFigures figures = FaultFigures.settle("run-service SIGKILLed " + KILLS + " times while running tests, at"
                    + " least " + EVERY.toSeconds() + " s apart", burst, topic, lastKillAt, Duration.ofMinutes(5));
            assertThat(figures.accepted()).isEqualTo(burst.sent());
            assertThat(figures.lost()).as("accepted submissions without a final verdict over HTTP").isEmpty();
            assertThat(figures.withoutTopicVerdict()).isZero();
            assertThat(figures.shown()).as("no test of a killed worker turns into a judge's fault").doesNotContainKey("INTERNAL_ERROR");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> HostState.boxProcesses(all.first(), all.last()).isEmpty());
        FaultMix.assertServing(pipeline.api(0));
    }
}
