package dev.judge.run.artifact;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.judge.model.Artifact;
import dev.judge.state.ArtifactStore;
import java.util.Optional;

/**
 * Artifacts from Redis behind an in-memory cache bounded by bytes (least recently used out
 * first), so the tests of one submission fetch its artifact once per instance.
 */
public final class ArtifactCache {

    private final ArtifactStore store;
    private final Cache<String, Artifact> local;

    public ArtifactCache(ArtifactStore store, long capacityBytes) {
        this.store = store;
        this.local = Caffeine.newBuilder()
                .maximumWeight(capacityBytes)
                .weigher((String key, Artifact artifact) -> (int) Math.min(Integer.MAX_VALUE, artifact.size()))
                .build();
    }

    /** The artifact, loaded at most once per key at a time; empty when it is not in Redis. */
    public Optional<Artifact> get(String key) {
        return Optional.ofNullable(local.get(key, k -> store.get(k).orElse(null)));
    }
}
