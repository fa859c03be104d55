package dev.judge.run.execute;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Map;

/** Full outputs of a test, up to its output limit, kept in Redis for the HTTP API. */
public final class FullOutputs {

    private final RedisCommands<String, byte[]> redis;
    private final Duration ttl;

    public FullOutputs(RedisCommands<String, byte[]> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    /** Stores both streams and returns the key they are under. */
    public String store(String submissionId, int index, byte[] stdout, byte[] stderr) {
        String key = "output:" + submissionId + ":" + index;
        redis.hset(key, Map.of("stdout", stdout, "stderr", stderr));
        redis.expire(key, ttl);
        return key;
    }
}
