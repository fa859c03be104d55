package dev.judge.result.api.judge0;

import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** What a Judge0 client sent, per token, so GET can echo it back (hash {@code judge0:<token>}). */
public final class Judge0Store {

    private final RedisCommands<String, String> redis;
    private final Duration ttl;

    public Judge0Store(RedisCommands<String, String> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    void save(String token, Map<String, String> meta) {
        redis.hset("judge0:" + token, meta);
        redis.expire("judge0:" + token, ttl);
    }

    public Optional<Map<String, String>> load(String token) {
        Map<String, String> meta = redis.hgetall("judge0:" + token);
        return meta == null || meta.isEmpty() ? Optional.empty() : Optional.of(meta);
    }
}
