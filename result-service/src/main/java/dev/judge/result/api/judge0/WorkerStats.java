package dev.judge.result.api.judge0;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Judge0's {@code /workers}, one entry per stage: the stage's backlog as {@code size}, and its
 * sandbox boxes summed over the live instances (each refreshes {@code workers:<stage>:<instance>}).
 */
public final class WorkerStats {

    private final RedisCommands<String, String> redis;

    public WorkerStats(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    Map<String, Object> entry(String queue, String stage, long size) {
        long boxes = 0;
        long idle = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches("workers:" + stage + ":*").limit(100));
            for (String key : page.getKeys()) {
                Map<String, String> w = redis.hgetall(key);
                boxes += Long.parseLong(w.getOrDefault("boxes", "0"));
                idle += Long.parseLong(w.getOrDefault("idle", "0"));
            }
            cursor = page;
        } while (!cursor.isFinished());
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("queue", queue);
        e.put("size", size);
        e.put("available", boxes);
        e.put("idle", idle);
        e.put("working", boxes - idle);
        e.put("paused", 0);
        e.put("failed", 0);
        return e;
    }
}
