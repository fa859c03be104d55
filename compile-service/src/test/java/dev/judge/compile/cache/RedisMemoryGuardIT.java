package dev.judge.compile.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Artifact;
import dev.judge.state.ArtifactStore;
import dev.judge.testing.RedisServer;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guard on a real Redis of its own with a small maxmemory, filled with artifacts and submission states. */
class RedisMemoryGuardIT {

    private RedisServer redis;
    private RedisCommands<String, String> text;
    private ArtifactStore artifacts;
    private final AtomicLong evicted = new AtomicLong();
    private final List<long[]> reported = new ArrayList<>();
    private final RedisMemoryGuard.Observer observer = new RedisMemoryGuard.Observer() {
        @Override
        public void memory(long usedBytes, long maxBytes) {
            reported.add(new long[] {usedBytes, maxBytes});
        }

        @Override
        public void evicted(long n) {
            evicted.addAndGet(n);
        }
    };

    @BeforeEach
    void start() {
        redis = RedisServer.startPrivate();
        text = redis.client().connect().sync();
        RedisCommands<String, byte[]> bytes = redis.client().connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)).sync();
        artifacts = new ArtifactStore(bytes);
        text.configSet("maxmemory", String.valueOf(8 << 20));
    }

    @AfterEach
    void stop() {
        redis.stop();
    }

    private RedisMemoryGuard guard() {
        return new RedisMemoryGuard(() -> List.of(text.info("memory")), artifacts, observer, 0.8, 0.7, Duration.ZERO, Duration.ofMinutes(30));
    }

    private double share() {
        RedisMemoryGuard.Memory m = RedisMemoryGuard.Memory.parse(text.info("memory"));
        return (double) m.used() / m.max();
    }

    /** Incompressible artifacts (so compression cannot hide them) and submission states, until Redis is past {@code until}. */
    private List<String> fill(double until) {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>();
        int n = 0;
        while (share() < until) {
            byte[] file = new byte[48 * 1024];
            random.nextBytes(file);
            String key = "artifact:guard-" + n;
            artifacts.put(key, new Artifact(Map.of("prog", file), List.of("prog")), Duration.ofMinutes(30));
            keys.add(key);
            text.hset(dev.judge.state.StateKeys.state("guard-" + n), Map.of("state", "DONE", "verdict", "{\"status\":\"ACCEPTED\"}"));
            n++;
        }
        return keys;
    }

    @Test
    void aboveEightyPercentItEvictsTheLeastRecentlyUsedArtifactsDownToSeventyAndNothingElse() {
        List<String> keys = fill(0.85);
        // The first artifact is used again: it is now the most recently used one.
        assertThat(artifacts.contains(keys.get(0), Duration.ofMinutes(30))).isTrue();

        long n = guard().check();

        assertThat(n).isPositive().isLessThan(keys.size());
        assertThat(evicted.get()).isEqualTo(n);
        assertThat(share()).isLessThanOrEqualTo(0.7);
        assertThat(text.exists(keys.get(1))).as("the least recently used artifact is gone").isZero();
        assertThat(text.exists(keys.get(0))).as("the one used again stays").isOne();
        assertThat(text.exists(keys.get(keys.size() - 1))).as("the newest stays").isOne();
        for (int i = 0; i < keys.size(); i++) {
            assertThat(text.exists(dev.judge.state.StateKeys.state("guard-" + i))).as("submission state %d survives", i).isOne();
        }
        assertThat(reported).isNotEmpty().allSatisfy(r -> assertThat(r[1]).isEqualTo(8 << 20));
    }

    @Test
    void belowEightyPercentOrWithoutMaxmemoryNothingIsEvicted() {
        List<String> keys = fill(0.6);
        assertThat(guard().check()).isZero();
        text.configSet("maxmemory", "0");
        assertThat(guard().check()).isZero();
        assertThat(keys).allSatisfy(k -> assertThat(text.exists(k)).isOne());
        assertThat(reported.get(reported.size() - 1)[1]).isZero();
    }

    @Test
    void recentlyUsedArtifactsAreKeptEvenAboveTheLimit() {
        List<String> keys = fill(0.85);
        RedisMemoryGuard patient = new RedisMemoryGuard(() -> List.of(text.info("memory")), artifacts, observer, 0.8, 0.7, Duration.ofHours(1),
                Duration.ofMinutes(30));
        assertThat(patient.check()).isZero();
        assertThat(keys).allSatisfy(k -> assertThat(text.exists(k)).isOne());
    }
}
