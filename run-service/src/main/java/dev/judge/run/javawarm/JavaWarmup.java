package dev.judge.run.javawarm;

import dev.judge.threads.DaemonThreads;
import dev.judge.sandbox.BoxPool;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The design's warm-up schedule, driving what removes the JVM's start-up cost: when a Java batch
 * arrives and the last warm-up ({@code lastJavaWarmup}) is older than {@code staleAfter} (2
 * minutes), and every {@code period} in the background, it checks that the start-up archive still
 * loads (rebuilding it when not) by running the training program in a box, which also keeps the
 * JDK's and the archive's pages hot. Never in a batch's way: it runs on its own thread, and only
 * when a box is free.
 */
public final class JavaWarmup implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JavaWarmup.class);

    private final JavaStartup startup;
    private final BoxPool pool;
    private final Duration staleAfter;
    private final LongSupplier clock;
    private final AtomicLong lastJavaWarmup = new AtomicLong();
    private final AtomicLong warmups = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService worker =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("java-warmup"));

    public JavaWarmup(JavaStartup startup, BoxPool pool, Duration staleAfter, LongSupplier clock) {
        this.startup = startup;
        this.pool = pool;
        this.staleAfter = staleAfter;
        this.clock = clock;
    }

    /** Builds the archive now (in the background) and warms up every {@code period} after. */
    public JavaWarmup start(Duration period) {
        worker.execute(() -> {
            try {
                startup.prepare(pool);
                lastJavaWarmup.set(clock.getAsLong());
                warmups.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (!period.isZero()) {
            worker.scheduleWithFixedDelay(this::warmUp, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** A Java batch arrived: warm up in the background if the last warm-up is stale. Returns at once. */
    public void javaBatchArrived() {
        if (clock.getAsLong() - lastJavaWarmup.get() > staleAfter.toMillis() && !running.get()) {
            worker.execute(this::warmUp);
        }
    }

    /** One warm-up, unless one runs already or no box is free. */
    void warmUp() {
        if (pool.available() == 0 || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            JavaStartup.Startup now = startup.refresh(pool);
            lastJavaWarmup.set(clock.getAsLong());
            warmups.incrementAndGet();
            log.debug("Java warm-up done; programs start with {}", now.mode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Java warm-up failed; trying again later", e);
        } finally {
            running.set(false);
        }
    }

    /** Epoch milliseconds of the last warm-up, 0 before the first. */
    public long lastJavaWarmup() {
        return lastJavaWarmup.get();
    }

    public long warmups() {
        return warmups.get();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
