package dev.judge.state;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A test's full outputs (up to its output limit), hash {@code output:<id>:<index>}, kept when the
 * copy in the verdict record had to be cut or is not exact text. run-service writes them, the
 * HTTP API reads them. What one submission keeps is bounded ({@code budgetBytes} over all its
 * tests and both streams, counted in {@code outputs-kept:<id>}): beyond it outputs are cut, and
 * {@code cut} says so.
 */
public final class FullOutputStore {

    private static final String STDOUT = "stdout";
    private static final String STDERR = "stderr";
    private static final String CUT = "cut";

    private final RedisClusterCommands<String, byte[]> redis;
    private final Duration ttl;
    private final long budgetBytes;

    /** @param budgetBytes output bytes kept per submission, over all its tests and both streams */
    public FullOutputStore(RedisClusterCommands<String, byte[]> redis, Duration ttl, long budgetBytes) {
        this.redis = redis;
        this.ttl = ttl;
        this.budgetBytes = budgetBytes;
    }

    /** A store that only reads (the API), or writes without a budget of its own. */
    public FullOutputStore(RedisClusterCommands<String, byte[]> redis, Duration ttl) {
        this(redis, ttl, Long.MAX_VALUE);
    }

    /**
     * Both streams of one test, as the program wrote them.
     *
     * @param cut whether the submission's output budget cut them short
     */
    public record Outputs(byte[] stdout, byte[] stderr, boolean cut) {

        public Outputs(byte[] stdout, byte[] stderr) {
            this(stdout, stderr, false);
        }

        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        public String stderrText() {
            return new String(stderr, StandardCharsets.UTF_8);
        }
    }

    /** Stores both streams, within the submission's budget, and returns the key they are under. */
    public String store(String submissionId, int index, byte[] stdout, byte[] stderr) {
        String counter = StateKeys.outputsKept(submissionId);
        long size = (long) stdout.length + stderr.length;
        long keptBefore = redis.incrby(counter, size) - size;
        redis.expire(counter, ttl);
        long room = Math.max(0, budgetBytes - keptBefore);
        boolean cut = size > room;
        if (cut) {
            redis.decrby(counter, size - room);   // count only what is kept
            int out = (int) Math.min(stdout.length, room);
            stdout = Arrays.copyOf(stdout, out);
            stderr = Arrays.copyOf(stderr, (int) Math.min(stderr.length, room - out));
        }
        String key = StateKeys.output(submissionId, index);
        redis.hset(key, Map.of(STDOUT, stdout, STDERR, stderr, CUT, new byte[] {(byte) (cut ? '1' : '0')}));
        redis.expire(key, ttl);
        return key;
    }

    public Optional<Outputs> read(String key) {
        Map<String, byte[]> full = redis.hgetall(key);
        if (full == null || full.isEmpty()) {
            return Optional.empty();
        }
        byte[] cut = full.get(CUT);
        return Optional.of(new Outputs(full.getOrDefault(STDOUT, new byte[0]), full.getOrDefault(STDERR, new byte[0]),
                cut != null && cut.length == 1 && cut[0] == '1'));
    }
}
