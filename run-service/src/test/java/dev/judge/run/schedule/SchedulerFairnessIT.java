package dev.judge.run.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Language;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.Outcome;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.TestSandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on the real box pool (two boxes), each task a trusted {@code /bin/sleep} in a box:
 * per-language limits hold, a flood of one language does not hold another back, memory pressure
 * (injected through the seam) halves the limits and they recover.
 */
class SchedulerFairnessIT {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<TestScheduler> schedulers = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        schedulers.forEach(TestScheduler::close);
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private TestScheduler scheduler(Map<Language, Integer> caps, MemoryPressure memory) {
        TestScheduler s = new TestScheduler(TestSandbox.pool(), executor,
                new ConcurrencyLimits(caps, TestSandbox.pool().size()), memory, 0.8, Duration.ZERO);
        schedulers.add(s);
        return s;
    }

    private static Map<Language, Integer> caps(int each) {
        Map<Language, Integer> caps = new java.util.HashMap<>();
        for (Language l : Language.values()) {
            caps.put(l, each);
        }
        return caps;
    }

    /** Sleeps in the box, counting how many of its language run at once. */
    private static CompletableFuture<String> sleep(TestScheduler s, Language language, String seconds, String name,
            AtomicInteger now, AtomicInteger most, List<String> finished) {
        return s.schedule(language, box -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                var r = box.run(new RunRequest(List.of("/bin/sleep", seconds), Limits.defaults(), null, Map.of(), List.of(), false));
                assertThat(r.outcome()).isEqualTo(Outcome.OK);
                return name;
            } finally {
                now.decrementAndGet();
                finished.add(name);
            }
        });
    }

    @Test
    void aFloodOfJavaDoesNotHoldBackACppTestQueuedBehindIt() {
        TestScheduler s = scheduler(caps(8), () -> 0);
        List<String> finished = new CopyOnWriteArrayList<>();
        List<CompletableFuture<String>> all = new ArrayList<>();
        AtomicInteger java = new AtomicInteger();
        AtomicInteger javaMost = new AtomicInteger();
        for (int i = 0; i < 12; i++) {
            all.add(sleep(s, Language.JAVA, "0.3", "java-" + i, java, javaMost, finished));
        }
        all.add(sleep(s, Language.CPP, "0.01", "cpp", new AtomicInteger(), new AtomicInteger(), finished));
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        // Two boxes: two Java tests start, and the first box to free up goes to C++, not to the next Java test.
        assertThat(finished.indexOf("cpp")).as("finishing order %s", finished).isLessThanOrEqualTo(3);
        assertThat(finished).hasSize(13);
    }

    @Test
    void aLanguageNeverRunsMoreTestsAtOnceThanItsLimit() {
        Map<Language, Integer> caps = caps(8);
        caps.put(Language.JAVA, 1);
        TestScheduler s = scheduler(caps, () -> 0);
        List<String> finished = new CopyOnWriteArrayList<>();
        AtomicInteger java = new AtomicInteger();
        AtomicInteger javaMost = new AtomicInteger();
        AtomicInteger c = new AtomicInteger();
        AtomicInteger cMost = new AtomicInteger();
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(sleep(s, Language.JAVA, "0.1", "java-" + i, java, javaMost, finished));
            all.add(sleep(s, Language.C, "0.1", "c-" + i, c, cMost, finished));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        assertThat(javaMost.get()).isEqualTo(1);
        assertThat(cMost.get()).isBetween(1, 2);
        assertThat(finished).hasSize(8);
        assertThat(s.queued(Language.JAVA)).isZero();
    }

    @Test
    void memoryAboveEightyPercentHalvesTheLimitsAgainAndAgainUntilItRecovers() {
        AtomicReference<Double> used = new AtomicReference<>(0.5);
        TestScheduler s = new TestScheduler(TestSandbox.pool(), executor, ConcurrencyLimits.design(64), used::get, 0.8,
                Duration.ZERO);
        schedulers.add(s);
        assertThat(s.limit(Language.C)).isEqualTo(20);
        s.checkMemory();
        assertThat(s.limit(Language.C)).isEqualTo(20);
        used.set(0.85);
        s.checkMemory();
        assertThat(s.limit(Language.C)).isEqualTo(10);
        assertThat(s.limit(Language.JAVA)).isEqualTo(4);
        s.checkMemory();
        assertThat(s.limit(Language.C)).isEqualTo(5);
        assertThat(s.backOffSteps()).isEqualTo(2);
        used.set(0.6);
        s.checkMemory();
        assertThat(s.limit(Language.C)).isEqualTo(20);
        assertThat(s.backOffSteps()).isZero();
    }

    @Test
    void underMemoryPressureFewerTestsRunAtOnce() {
        TestScheduler s = scheduler(caps(8), () -> 0.95);
        s.checkMemory();
        assertThat(s.limit(Language.PYTHON)).isEqualTo(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<String>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(sleep(s, Language.PYTHON, "0.1", "py-" + i, now, most, finished));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        assertThat(most.get()).isEqualTo(1);
    }
}
