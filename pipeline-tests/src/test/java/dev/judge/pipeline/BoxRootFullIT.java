package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.testing.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The file system of the box root full in the middle of a burst. judgebox keeps each box's
 * directory, mount points and kept root under its box root; here the run-service (in a JVM of its
 * own) has its box root on a small ext4 disk the test mounts, fills until the kernel refuses
 * (ENOSPC) for 8 s of burst, then frees. Every accepted submission ends with a final verdict over
 * HTTP and on {@code judge.verdicts} (a test the launcher could not run for want of space is an
 * INTERNAL_ERROR whose message says so), nothing stays in flight, and once the space is freed the
 * stack judges normally again by itself, with every box back in its pool.
 */
class BoxRootFullIT {

    private static final String GROUP = "boxroot-" + UUID.randomUUID().toString().substring(0, 6);

    private static LoopDisk disk;
    private static Pipeline pipeline;
    private static ExternalRunService runner;
    private static JudgeClient topic;

    @BeforeAll
    static void start() throws Exception {
        disk = LoopDisk.mount(64);
        Path config = disk.path().resolveSibling("judgebox.conf");
        Files.writeString(config, "num_boxes = 2000\nbox_root = " + disk.path().resolve("boxes") + "\n");
        pipeline = new Pipeline(GROUP).startCompile().startResult().startApi();
        runner = ExternalRunService.start(GROUP, RedisServer.shared().uri(), Pipeline.externalRunBoxes(),
                Map.of("JUDGEBOX_CONFIG", config.toString()));
        await("the run-service up").atMost(Duration.ofMinutes(10)).until(runner::isUp);
        topic = new JudgeClient();
    }

    @AfterAll
    static void stop() throws Exception {
        if (topic != null) {
            topic.close();
        }
        if (runner != null) {
            runner.stop();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (disk != null) {
            disk.close();
        }
    }

    /**
     * Filled before the burst, once the run-service's boxes exist but before any of them ran a
     * program (so no box has built its kept root yet), for the first 20 submissions (8 s), then freed
     * for 16 more.
     */
    @Test
    void aFullBoxRootLosesNothingAndTheStackServesOnceSpaceIsFreed() throws Exception {
        String api = pipeline.api(0);
        long filled = disk.fill();
        long testsBefore = runner.testsRun();
        try (Burst burst = new Burst(api, 36, Duration.ofMillis(400), FaultMix::body)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> burst.sent() >= 20);
            long testsWhileFull = runner.testsRun() - testsBefore;
            disk.free();
            long freedAt = System.nanoTime();
            System.out.printf("BOX ROOT full: %d MiB written until ENOSPC; %d tests run while it was full%n", filled >> 20,
                    testsWhileFull);
            burst.awaitAnswered(Duration.ofSeconds(120));
            FaultFigures figures = FaultFigures.settle("the box root's file system full (ENOSPC) for 8 s of burst", burst, topic,
                    freedAt, Duration.ofMinutes(4));
            List<Verdict> internalErrors = burst.accepted().stream().flatMap(id -> topic.verdict(id).stream())
                    .filter(v -> v.status() == Status.INTERNAL_ERROR).toList();
            internalErrors.forEach(v -> System.out.println("BOX ROOT INTERNAL_ERROR " + v.id() + ": " + v.message()));
            assertThat(internalErrors).as("a test the full disk stopped says why").allSatisfy(v ->
                    assertThat(v.message()).contains("No space left on device"));
            assertThat(figures.accepted()).as("submissions accepted around the fault").isPositive();
            assertThat(figures.lost()).as("accepted submissions without a final verdict over HTTP").isEmpty();
            assertThat(figures.withoutTopicVerdict()).isZero();
            FaultMix.assertServing(api);
            long lostWhileFull = runner.boxes("lost");
            await("every box back in the pool").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(runner.boxes("lost")).as("boxes out of the pool").isZero();
                assertThat(runner.boxes("busy")).as("boxes busy once every verdict is in").isZero();
                assertThat(runner.boxes("free")).isPositive();
            });
            System.out.printf("BOX ROOT boxes lost after the fault: %d, all back in the pool%n", lostWhileFull);
        }
    }
}
