package dev.judge.run.artifact;

import dev.judge.model.Artifact;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Artifacts from Redis behind a small in-memory LRU cache, so the twenty tests of one submission
 * fetch its artifact once.
 */
public final class ArtifactCache {

    private final RedisCommands<String, byte[]> redis;
    private final long capacityBytes;
    private final LinkedHashMap<String, Artifact> local = new LinkedHashMap<>(16, 0.75f, true);
    private long localBytes;

    public ArtifactCache(RedisCommands<String, byte[]> redis, long capacityBytes) {
        this.redis = redis;
        this.capacityBytes = capacityBytes;
    }

    public Optional<Artifact> get(String key) {
        synchronized (local) {
            Artifact cached = local.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        byte[] stored = redis.get(key);
        if (stored == null) {
            return Optional.empty();
        }
        Artifact artifact = Artifact.decode(stored);
        remember(key, artifact);
        return Optional.of(artifact);
    }

    private void remember(String key, Artifact artifact) {
        synchronized (local) {
            if (artifact.size() > capacityBytes || local.containsKey(key)) {
                return;
            }
            local.put(key, artifact);
            localBytes += artifact.size();
            var eldest = local.entrySet().iterator();
            while (localBytes > capacityBytes && eldest.hasNext()) {
                Map.Entry<String, Artifact> e = eldest.next();
                localBytes -= e.getValue().size();
                eldest.remove();
            }
        }
    }
}
