package dev.judge.state;

import com.github.luben.zstd.Zstd;
import dev.judge.problems.ContentRef;
import dev.judge.problems.TestDataSink;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Problems' test data, stored once by content ({@code problem-data:<sha256>}, shared by every problem
 * and version that has the same file), never evicted (the memory guard gives up artifacts only) but
 * removed by {@link ProblemDataCollector} once no kept version of any problem refers to it.
 * A file is a hash of zstd-compressed chunks of at most {@link #CHUNK} bytes ({@code 0}, {@code 1},
 * ...) and its {@code size}, written while it is read, so an import never holds a whole file, let
 * alone a package, in memory. A file is read into a temporary key first (its digest is known only
 * at its end), then copied chunk by chunk under its digest, {@code chunks} last: a file counts as
 * stored only once whole. (Not a {@code RENAME}: on a Redis Cluster the two keys are in different
 * slots, and files are spread over every slot on purpose.)
 */
public final class ProblemDataStore implements TestDataSink {

    static final int CHUNK = 4 << 20;
    private static final int LEVEL = 3;
    private static final String SIZE = "size";
    private static final String CHUNKS = "chunks";
    /** When the file was last stored or stored again (ms): {@link ProblemDataCollector} spares recent files. */
    static final String STORED_AT = "storedAt";

    /**
     * Marks a stored file as stored again now, atomically with finding it whole: a collection that
     * runs at the same time either removed it first (the import writes it anew) or sees it as recent.
     * KEYS: the file; ARGV: now. Returns 1 when the file is whole.
     */
    private static final String TOUCH = """
            if redis.call('HEXISTS', KEYS[1], 'chunks') == 1 then
              redis.call('HSET', KEYS[1], 'storedAt', ARGV[1])
              return 1
            end
            return 0
            """;

    private final RedisClusterCommands<String, byte[]> redis;

    public ProblemDataStore(RedisClusterCommands<String, byte[]> redis) {
        this.redis = redis;
    }

    /** Stores a file (once: a file already there is not written again) and returns its reference. */
    @Override
    public ContentRef store(InputStream content) throws IOException {
        String temporary = StateKeys.problemDataUpload(UUID.randomUUID().toString());
        MessageDigest sha = sha256();
        long size = 0;
        int chunks = 0;
        try {
            byte[] buffer;
            while ((buffer = content.readNBytes(CHUNK)).length > 0) {
                sha.update(buffer);
                size += buffer.length;
                redis.hset(temporary, String.valueOf(chunks++), Zstd.compress(buffer, LEVEL));
                redis.expire(temporary, 3600);
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            String key = StateKeys.problemData(hex);
            byte[] now = bytes(String.valueOf(System.currentTimeMillis()));
            if (chunks == 0) {
                redis.hset(key, Map.of(SIZE, bytes("0"), CHUNKS, bytes("0"), STORED_AT, now));
            } else if (!touched(key, now)) {
                for (int i = 0; i < chunks; i++) {
                    redis.hset(key, String.valueOf(i), redis.hget(temporary, String.valueOf(i)));
                }
                redis.hset(key, Map.of(SIZE, bytes(String.valueOf(size)), CHUNKS, bytes(String.valueOf(chunks)), STORED_AT, now));
            }
            return new ContentRef(hex, size);
        } finally {
            redis.del(temporary);
        }
    }

    /** Whether the file is stored. */
    public boolean contains(ContentRef ref) {
        return stored(StateKeys.problemData(ref.sha256()));
    }

    private boolean stored(String key) {
        return redis.hexists(key, CHUNKS);
    }

    private boolean touched(String key, byte[] now) {
        Long whole = redis.eval(TOUCH, io.lettuce.core.ScriptOutputType.INTEGER, new String[] {key}, now);
        return whole != null && whole == 1;
    }

    /**
     * The file's bytes.
     *
     * @throws IOException when it is not stored or does not match its reference
     */
    public byte[] read(ContentRef ref) throws IOException {
        if (ref.size() > Integer.MAX_VALUE - 8) {
            throw new IOException("test data file " + ref.sha256() + " is too large to load (" + ref.size() + " bytes)");
        }
        String key = StateKeys.problemData(ref.sha256());
        byte[] countBytes = redis.hget(key, CHUNKS);
        if (countBytes == null) {
            throw new IOException("test data file " + ref.sha256() + " is not in the store");
        }
        int count = Integer.parseInt(new String(countBytes, StandardCharsets.UTF_8));
        byte[] out = new byte[(int) ref.size()];
        int at = 0;
        for (int i = 0; i < count; i++) {
            byte[] compressed = redis.hget(key, String.valueOf(i));
            if (compressed == null) {
                throw new IOException("test data file " + ref.sha256() + " lost its chunk " + i);
            }
            byte[] chunk = Zstd.decompress(compressed, (int) Zstd.getFrameContentSize(compressed));
            if (at + chunk.length > out.length) {
                throw new IOException("test data file " + ref.sha256() + " is larger than its reference says");
            }
            System.arraycopy(chunk, 0, out, at, chunk.length);
            at += chunk.length;
        }
        if (at != out.length || !HexFormat.of().formatHex(sha256().digest(out)).equals(ref.sha256())) {
            throw new IOException("test data file " + ref.sha256() + " does not match its reference");
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
