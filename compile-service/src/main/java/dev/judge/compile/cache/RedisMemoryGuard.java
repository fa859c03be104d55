package dev.judge.compile.cache;

import dev.judge.threads.DaemonThreads;
import dev.judge.state.ArtifactStore;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Redis below its {@code maxmemory} by giving up artifacts, the one kind of key that can be
 * rebuilt: every {@code interval} it reads {@code INFO memory}; above {@code high} (80 %) of the
 * maximum it deletes the least recently used artifacts, in batches, until usage is under
 * {@code low} (70 %). Submission states, outputs and callbacks are never touched (Redis itself runs
 * with {@code noeviction}). Artifacts used within {@code minIdle} are kept: a test may be about to
 * load them. With no {@code maxmemory} set, it only reports usage. On a Redis Cluster each primary
 * has its own {@code maxmemory}: the fullest primary is the one watched (artifacts are spread over
 * every slot, so evicting the least recently used ones frees memory on every primary).
 */
public final class RedisMemoryGuard implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisMemoryGuard.class);
    private static final int BATCH = 50;

    /** What the guard reports; Micrometer implements it. */
    public interface Observer {
        void memory(long usedBytes, long maxBytes);

        void evicted(long artifacts);
    }

    /** Redis' memory as {@code INFO memory} reports it. */
    record Memory(long used, long max) {
        static Memory parse(String info) {
            long used = 0;
            long max = 0;
            for (String line : info.split("\r?\n")) {
                if (line.startsWith("used_memory:")) {
                    used = Long.parseLong(line.substring("used_memory:".length()).trim());
                } else if (line.startsWith("maxmemory:")) {
                    max = Long.parseLong(line.substring("maxmemory:".length()).trim());
                }
            }
            return new Memory(used, max);
        }

        double share() {
            return max == 0 ? 0 : (double) used / max;
        }

        /** The fullest of several servers' memory (by share of their maximum; by use when none has one). */
        static Memory fullest(List<String> infos) {
            return infos.stream().map(Memory::parse)
                    .max(Comparator.comparingDouble(Memory::share).thenComparingLong(Memory::used))
                    .orElse(new Memory(0, 0));
        }
    }

    private final Supplier<List<String>> memoryInfos;
    private final ArtifactStore artifacts;
    private final Observer observer;
    private final double high;
    private final double low;
    private final Duration minIdle;
    private final Duration longestTtl;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("redis-memory-guard"));

    /** @param memoryInfos {@code INFO memory} of every primary ({@code RedisConnections::infoOfPrimaries}) */
    public RedisMemoryGuard(Supplier<List<String>> memoryInfos, ArtifactStore artifacts, Observer observer, double high,
            double low, Duration minIdle, Duration longestTtl) {
        if (!(0 < low && low < high && high <= 1)) {
            throw new IllegalArgumentException("the memory guard needs 0 < low < high <= 1, got low " + low + ", high " + high);
        }
        this.memoryInfos = memoryInfos;
        this.artifacts = artifacts;
        this.observer = observer;
        this.high = high;
        this.low = low;
        this.minIdle = minIdle;
        this.longestTtl = longestTtl;
    }

    /** Checks every {@code interval} from now on. */
    public RedisMemoryGuard every(Duration interval) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                check();
            } catch (RuntimeException e) {
                log.warn("Redis memory check failed; trying again in {}", interval, e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One check; returns how many artifacts it evicted. */
    public long check() {
        long now = System.currentTimeMillis();
        artifacts.forgetUsesBefore(now - longestTtl.toMillis());
        Memory memory = memory();
        if (memory.max() == 0 || memory.share() <= high) {
            return 0;
        }
        long evicted = 0;
        Memory before = memory;
        while (memory.share() > low) {
            List<String> oldest = artifacts.leastRecentlyUsed(BATCH, now - minIdle.toMillis());
            if (oldest.isEmpty()) {
                log.warn("Redis at {} % of maxmemory and no idle artifact left to evict: raise maxmemory or shorten TTLs",
                        Math.round(memory.share() * 100));
                break;
            }
            evicted += artifacts.evict(oldest);
            memory = memory();
        }
        observer.evicted(evicted);
        log.info("Redis was at {} % of maxmemory: evicted {} least recently used artifacts, now at {} %",
                Math.round(before.share() * 100), evicted, Math.round(memory.share() * 100));
        return evicted;
    }

    private Memory memory() {
        Memory m = Memory.fullest(memoryInfos.get());
        observer.memory(m.used(), m.max());
        return m;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
