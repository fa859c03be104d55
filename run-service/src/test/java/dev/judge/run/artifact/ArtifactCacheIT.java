package dev.judge.run.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Artifact;
import dev.judge.model.Language;
import dev.judge.state.ArtifactStore;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateKeys;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The in-memory cache in front of the artifact store, against a real Redis. */
class ArtifactCacheIT {

    private static final RedisConnections redis = new RedisConnections(RedisServer.shared().uri());
    private final ArtifactStore store = new ArtifactStore(redis.bytes());

    @AfterAll
    static void close() {
        redis.close();
    }

    private String stored(int bytes) {
        String key = StateKeys.artifact(Artifact.digest(Language.C, "1", List.of(), UUID.randomUUID().toString()));
        store.put(key, new Artifact(Map.of("prog", new byte[bytes]), List.of("prog")), Duration.ofMinutes(5));
        return key;
    }

    @Test
    void anArtifactIsFetchedOnceThenServedFromMemory() {
        ArtifactCache cache = new ArtifactCache(store, 1 << 20);
        String key = stored(1000);
        assertThat(cache.get(key)).isPresent();
        redis.bytes().del(key);
        assertThat(cache.get(key)).as("served from memory after Redis lost it").isPresent();
    }

    @Test
    void aMissingArtifactIsEmptyAndNotRemembered() {
        ArtifactCache cache = new ArtifactCache(store, 1 << 20);
        String key = StateKeys.artifact("0".repeat(64));
        assertThat(cache.get(key)).isEmpty();
        store.put(key, new Artifact(Map.of("prog", new byte[10]), List.of("prog")), Duration.ofMinutes(5));
        assertThat(cache.get(key)).isPresent();
        redis.bytes().del(key);
    }

    @Test
    void memoryIsBoundedByBytes() {
        ArtifactCache cache = new ArtifactCache(store, 10_000);
        String big = stored(20_000);
        assertThat(cache.get(big)).isPresent();
        redis.bytes().del(big);
        org.awaitility.Awaitility.await().untilAsserted(() ->
                assertThat(cache.get(big)).as("larger than the whole cache: not kept").isEmpty());
    }
}
