package dev.judge.state;

import dev.judge.model.Artifact;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;

/**
 * Compiled artifacts ({@code artifact:<sha256>}), compressed, each with a time to live that a use
 * refreshes. compile-service writes them; run-service reads them by the key a scheduled test names.
 */
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
