package dev.judge.run.schedule;

import dev.judge.threads.DaemonThreads;
import dev.judge.model.Language;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.BoxPool;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which test runs next on a free box. Tests wait in one queue per language; a free box goes to
 * the next language, round robin, that has a test waiting and is under its concurrency limit
 * ({@link ConcurrencyLimits}). So a flood of Java tests takes at most Java's share of the boxes,
 * and a C++ test that arrives behind it waits for one box to free up, not for the flood.
 *
 * <p>Memory back-off: every {@code checkEvery}, when the host's memory in use is above
 * {@code memoryThreshold}, every language's limit is halved once more (down to one); when it is
 * back below, the limits recover at once. A log line says so each time.
 */
public final class TestScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TestScheduler.class);

    /** A task waiting for its boxes: one for a test, two for an interactive pair (both count against its language's limit). */
    private record Pending<T>(int boxes, Function<List<Box>, T> task, CompletableFuture<T> result) {
    }

    private final BoxPool pool;
    private final Executor executor;
    private final ConcurrencyLimits limits;
    private final MemoryPressure memory;
    private final double memoryThreshold;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<Language, ArrayDeque<Pending<?>>> queues = new java.util.HashMap<>();
    private final Map<Language, Integer> running = new java.util.HashMap<>();
    private final Thread dispatcher;
    private final ScheduledExecutorService memoryCheck =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("memory-back-off"));
    private int halvings;
    private int queued;
    private int next;
    private volatile boolean closed;

    public TestScheduler(BoxPool pool, Executor executor, ConcurrencyLimits limits, MemoryPressure memory,
            double memoryThreshold, Duration checkEvery) {
        this.pool = pool;
        this.executor = executor;
        this.limits = limits;
        this.memory = memory;
        this.memoryThreshold = memoryThreshold;
        for (Language language : Language.values()) {
            queues.put(language, new ArrayDeque<>());
            running.put(language, 0);
        }
        dispatcher = DaemonThreads.unstarted("test-dispatcher", this::dispatch);
        dispatcher.start();
        if (!checkEvery.isZero()) {
            memoryCheck.scheduleWithFixedDelay(this::checkMemory, checkEvery.toMillis(), checkEvery.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Queues a test; it runs on a box of the pool, which goes back to the pool when it is done. */
    public <T> CompletableFuture<T> schedule(Language language, Function<Box, T> task) {
        return enqueue(language, new Pending<>(1, boxes -> task.apply(boxes.get(0)), new CompletableFuture<>()));
    }

    /**
     * Queues work that needs two boxes at once (a submission and its interactive validator); both
     * count against the language's concurrency limit while it runs, and both go back to the pool
     * when it is done. Fails at once when the pool has fewer than two boxes.
     */
    public <T> CompletableFuture<T> schedulePair(Language language, BiFunction<Box, Box, T> task) {
        if (pool.size() < 2) {
            return CompletableFuture.failedFuture(new IllegalStateException("this run-service has " + pool.size()
                    + " box; an interactive test needs two (set JUDGE_RUN_BOXES to 2 or more)"));
        }
        return enqueue(language, new Pending<>(2, boxes -> task.apply(boxes.get(0), boxes.get(1)), new CompletableFuture<>()));
    }

    private <T> CompletableFuture<T> enqueue(Language language, Pending<T> pending) {
        CompletableFuture<T> result = pending.result();
        lock.lock();
        try {
            queues.get(language).add(pending);
            queued++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        return result;
    }

    /** Blocks while {@code max} or more tests wait for a box: the consumer's back-pressure. */
    public void awaitRoom(int max) throws InterruptedException {
        lock.lock();
        try {
            while (queued >= max && !closed) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The language's concurrency limit now (memory back-off included). */
    public int limit(Language language) {
        lock.lock();
        try {
            return limits.limit(language, halvings);
        } finally {
            lock.unlock();
        }
    }

    /** Tests of the language waiting for a box. */
    public int queued(Language language) {
        lock.lock();
        try {
            return queues.get(language).size();
        } finally {
            lock.unlock();
        }
    }

    /** How many times the limits are halved now because memory runs short (0: not backing off). */
    public int backOffSteps() {
        lock.lock();
        try {
            return halvings;
        } finally {
            lock.unlock();
        }
    }

    /** One memory check (the timer calls it; tests may too). */
    public void checkMemory() {
        double share = memory.usedShare();
        lock.lock();
        try {
            if (share > memoryThreshold) {
                halvings++;
                log.warn("Host memory {} % in use (above {} %): test concurrency halved, Java now {}, C++ now {}",
                        Math.round(share * 100), Math.round(memoryThreshold * 100), limits.limit(Language.JAVA, halvings),
                        limits.limit(Language.CPP, halvings));
            } else if (halvings > 0) {
                halvings = 0;
                log.info("Host memory {} % in use: test concurrency back to its limits", Math.round(share * 100));
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The next language, round robin, with a test waiting and room under its limit; null if none. */
    private Language eligible() {
        Language[] all = Language.values();
        for (int i = 0; i < all.length; i++) {
            Language language = all[(next + i) % all.length];
            if (!queues.get(language).isEmpty() && running.get(language) < limits.limit(language, halvings)) {
                return language;
            }
        }
        return null;
    }

    private void dispatch() {
        while (!closed) {
            try {
                lock.lock();
                try {
                    while (eligible() == null && !closed) {
                        changed.await();
                    }
                } finally {
                    lock.unlock();
                }
                Box box = pool.acquire();
                Pending<?> pending;
                Language language;
                lock.lock();
                try {
                    language = eligible();
                    if (language == null) {
                        pool.release(box);
                        continue;
                    }
                    pending = queues.get(language).poll();
                    queued--;
                    running.merge(language, pending.boxes(), Integer::sum);
                    next = (language.ordinal() + 1) % Language.values().length;
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
                List<Box> boxes = new ArrayList<>(List.of(box));
                try {
                    while (boxes.size() < pending.boxes()) {
                        // Other tests wait meanwhile: the next box to come back is this pair's.
                        boxes.add(pool.acquire());
                    }
                } catch (InterruptedException e) {
                    boxes.forEach(pool::release);
                    pending.result().completeExceptionally(e);
                    return;
                }
                start(pending, language, boxes);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private <T> void start(Pending<T> pending, Language language, List<Box> boxes) {
        executor.execute(() -> {
            try {
                pending.result().complete(pending.task().apply(boxes));
            } catch (RuntimeException e) {
                pending.result().completeExceptionally(e);
            } finally {
                boxes.forEach(pool::release);
                lock.lock();
                try {
                    running.merge(language, -boxes.size(), Integer::sum);
                    changed.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        memoryCheck.shutdownNow();
        dispatcher.interrupt();
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
