package dev.judge.compile.cache;

import dev.judge.model.Artifact;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;

/** Compiled artifacts in Redis, compressed, under their content key, each with a time to live. */
public final class ArtifactStore {

    private final RedisCommands<String, byte[]> redis;

    public ArtifactStore(RedisCommands<String, byte[]> redis) {
        this.redis = redis;
    }

    /** Whether the artifact is there; refreshes its time to live when it is. */
    public boolean contains(String key, Duration ttl) {
        return redis.expire(key, ttl);
    }

    public void put(String key, Artifact artifact, Duration ttl) {
        redis.set(key, artifact.encode(), SetArgs.Builder.ex(ttl));
    }

    public Optional<Artifact> get(String key) {
        return Optional.ofNullable(redis.get(key)).map(Artifact::decode);
    }
}
