package dev.judge.sandbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Reports a pool's size and idle boxes every few seconds (for Judge0's {@code /workers}). */
public final class PoolHeartbeat implements AutoCloseable {

    /** Where the numbers go. */
    public interface Report {
        void boxes(int total, int idle);
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pool-heartbeat");
        t.setDaemon(true);
        return t;
    });

    public PoolHeartbeat(BoxPool pool, Report report, long periodSeconds) {
        timer.scheduleWithFixedDelay(() -> report.boxes(pool.size(), pool.available()), 0, periodSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
