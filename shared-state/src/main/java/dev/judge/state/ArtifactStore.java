package dev.judge.state;

import com.github.luben.zstd.Zstd;
import dev.judge.model.Artifact;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Compiled artifacts ({@code artifact:<sha256>}), each with a time to live that a use refreshes.
 * compile-service writes them; run-service reads them by the key a scheduled test names.
 *
 * <p>A stored value is a 4-byte header, {@code 'J' 'A' 1 codec}, then the artifact's files in a
 * zip container: codec 1 is zstd (level {@link #LEVEL}) for artifacts above {@link #COMPRESS_ABOVE}
 * bytes, codec 0 raw for smaller ones. Values written before the header existed (a deflated zip,
 * starting {@code PK}) stay readable.
 */
public final class ArtifactStore {

    static final int COMPRESS_ABOVE = 1024;
    static final int LEVEL = 3;
    private static final byte RAW = 0;
    private static final byte ZSTD = 1;

    /** What storing an artifact took: its size as files, and as stored. */
    public record Stored(long rawBytes, long storedBytes, boolean compressed) {
    }

    private final RedisClusterCommands<String, byte[]> redis;

    public ArtifactStore(RedisClusterCommands<String, byte[]> redis) {
        this.redis = redis;
    }

    /** Whether the artifact is there; refreshes its time to live and its last use when it is. */
    public boolean contains(String key, Duration ttl) {
        boolean there = redis.expire(key, ttl);
        if (there) {
            used(key);
        }
        return there;
    }

    /**
     * Refreshes an expiring artifact's time to live and leaves a kept one (none) alone. KEYS: the
     * artifact; ARGV: seconds. Returns 0 when absent, 1 when refreshed, 2 when kept.
     */
    private static final String REFRESH_UNLESS_KEPT = """
            local ttl = redis.call('TTL', KEYS[1])
            if ttl == -2 then
              return 0
            end
            if ttl == -1 then
              return 2
            end
            redis.call('EXPIRE', KEYS[1], ARGV[1])
            return 1
            """;

    /**
     * Like {@link #contains}, for an artifact that may be kept ({@link #keep}: a problem's validator
     * with the same digest as a submission's own checker): a kept one stays kept, without a time
     * to live and out of the memory guard's reach.
     */
    public boolean refreshUnlessKept(String key, Duration ttl) {
        Long found = redis.eval(REFRESH_UNLESS_KEPT, io.lettuce.core.ScriptOutputType.INTEGER, new String[] {key},
                String.valueOf(ttl.toSeconds()).getBytes(StandardCharsets.UTF_8));
        if (found != null && found == 1) {
            used(key);
        }
        return found != null && found > 0;
    }

    /**
     * Keeps an artifact already stored, perhaps by {@link #put} (a submission's checker whose digest a
     * problem's validator shares): no time to live any more, and out of the memory guard's reach.
     * Returns whether it was there.
     */
    public boolean keepStored(String key) {
        redis.persist(key);
        redis.zrem(StateKeys.ARTIFACTS_LAST_USE, key.getBytes(StandardCharsets.UTF_8));
        return redis.exists(key) == 1;
    }

    private void used(String key) {
        redis.zadd(StateKeys.ARTIFACTS_LAST_USE, System.currentTimeMillis(), key.getBytes(StandardCharsets.UTF_8));
    }

    /** Up to {@code count} artifact keys, least recently used first, last used before {@code beforeMs}. */
    public List<String> leastRecentlyUsed(int count, long beforeMs) {
        return redis.zrangebyscore(StateKeys.ARTIFACTS_LAST_USE, Range.create(Double.NEGATIVE_INFINITY, (double) beforeMs),
                Limit.create(0, count)).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    /** Deletes artifacts (a run still needing one fails with a clear message); returns how many existed. */
    public long evict(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        long deleted = redis.del(keys.toArray(String[]::new));
        redis.zrem(StateKeys.ARTIFACTS_LAST_USE, keys.stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
        return deleted;
    }

    /** Drops last-use entries older than {@code beforeMs}: their artifacts have expired by then. */
    public void forgetUsesBefore(long beforeMs) {
        redis.zremrangebyscore(StateKeys.ARTIFACTS_LAST_USE, Range.create(Double.NEGATIVE_INFINITY, (double) beforeMs));
    }

    public Stored put(String key, Artifact artifact, Duration ttl) {
        Stored stored = write(key, artifact, SetArgs.Builder.ex(ttl));
        used(key);
        return stored;
    }

    /**
     * Stores an artifact that must stay as long as what needs it (a problem's output validator):
     * no time to live, and never given up by the memory guard, which evicts only what {@link #put} stored.
     */
    public Stored keep(String key, Artifact artifact) {
        return write(key, artifact, new SetArgs());
    }

    private Stored write(String key, Artifact artifact, SetArgs args) {
        byte[] raw = artifact.encode(0);
        boolean compress = raw.length > COMPRESS_ABOVE;
        byte[] payload = compress ? Zstd.compress(raw, LEVEL) : raw;
        byte[] value = ByteBuffer.allocate(4 + payload.length).put((byte) 'J').put((byte) 'A').put((byte) 1)
                .put(compress ? ZSTD : RAW).put(payload).array();
        redis.set(key, value, args);
        return new Stored(artifact.size(), value.length, compress);
    }

    public Optional<Artifact> get(String key) {
        return Optional.ofNullable(redis.get(key)).map(ArtifactStore::decode);
    }

    static Artifact decode(byte[] value) {
        if (value.length < 4 || value[0] != 'J' || value[1] != 'A' || value[2] != 1) {
            return Artifact.decode(value);   // written before the header: a deflated zip
        }
        byte[] payload = java.util.Arrays.copyOfRange(value, 4, value.length);
        return Artifact.decode(value[3] == ZSTD ? Zstd.decompress(payload, (int) Zstd.getFrameContentSize(payload)) : payload);
    }
}
