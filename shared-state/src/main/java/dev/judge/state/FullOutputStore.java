package dev.judge.state;

import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A test's full outputs (up to its output limit), hash {@code output:<id>:<index>}, kept when the
 * copy in the verdict record had to be cut. run-service writes them, the HTTP API reads them.
 */
public final class FullOutputStore {

    private static final String STDOUT = "stdout";
    private static final String STDERR = "stderr";

    private final RedisCommands<String, byte[]> redis;
    private final Duration ttl;

    public FullOutputStore(RedisCommands<String, byte[]> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    /** Both streams of one test, as the program wrote them. */
    public record Outputs(byte[] stdout, byte[] stderr) {

        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        public String stderrText() {
            return new String(stderr, StandardCharsets.UTF_8);
        }
    }

    /** Stores both streams and returns the key they are under. */
    public String store(String submissionId, int index, byte[] stdout, byte[] stderr) {
        String key = StateKeys.output(submissionId, index);
        redis.hset(key, Map.of(STDOUT, stdout, STDERR, stderr));
        redis.expire(key, ttl);
        return key;
    }

    public Optional<Outputs> read(String key) {
        Map<String, byte[]> full = redis.hgetall(key);
        if (full == null || full.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Outputs(full.getOrDefault(STDOUT, new byte[0]), full.getOrDefault(STDERR, new byte[0])));
    }
}
