package dev.judge.state;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.Map;

/**
 * The sandbox boxes of every live instance of a stage: each instance refreshes
 * {@code workers:<stage>:<instance>} every few seconds (with a short time to live), the API sums them
 * (on a Redis Cluster the scan visits every primary).
 */
public final class Workers {

    private static final String BOXES = "boxes";
    private static final String IDLE = "idle";

    /** Boxes of a stage, summed over its live instances. */
    public record Load(long boxes, long idle) {

        public long working() {
            return boxes - idle;
        }
    }

    /** How often an instance reports its boxes. */
    public static final int REPORT_EVERY_SECONDS = 5;
    /** How long a report outlives a missed refresh: three periods, so one late report loses nothing. */
    private static final int REPORT_TTL_SECONDS = 3 * REPORT_EVERY_SECONDS;
    /** This JVM, as its instance name (pid@host). */
    private static final String THIS_INSTANCE = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

    private final RedisClusterCommands<String, String> redis;
    private final RedisClusterAsyncCommands<String, String> async;

    /** @param async the same connection's commands without waiting, for the reports */
    public Workers(RedisClusterCommands<String, String> redis, RedisClusterAsyncCommands<String, String> async) {
        this.redis = redis;
        this.async = async;
    }

    /** Records an instance's boxes, fire and forget; the entry expires unless refreshed. */
    public void report(String stage, String instance, int boxes, int idle, int ttlSeconds) {
        String key = StateKeys.workers(stage, instance);
        async.hset(key, Map.of(BOXES, String.valueOf(boxes), IDLE, String.valueOf(idle)));
        async.expire(key, ttlSeconds);
    }

    /** Records this JVM's boxes for its stage; call it every {@link #REPORT_EVERY_SECONDS}. */
    public void reportThisInstance(String stage, int boxes, int idle) {
        report(stage, THIS_INSTANCE, boxes, idle, REPORT_TTL_SECONDS);
    }

    public Load load(String stage) {
        long boxes = 0;
        long idle = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor,
                    ScanArgs.Builder.matches(StateKeys.workersPattern(stage)).limit(100));
            for (String key : page.getKeys()) {
                Map<String, String> w = redis.hgetall(key);
                boxes += Long.parseLong(w.getOrDefault(BOXES, "0"));
                idle += Long.parseLong(w.getOrDefault(IDLE, "0"));
            }
            cursor = page;
        } while (!cursor.isFinished());
        return new Load(boxes, idle);
    }
}
