package dev.judge.state;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * For submissions that stop on their first failure: the lowest failing test index known so far
 * ({@code stop:<id>}), shared by every run-service instance. Tests after it are skipped, not run.
 */
public final class StopMarks {

    /** Keeps the minimum of the stored index and the new one. */
    private static final String KEEP_MINIMUM = """
            local v = redis.call('GET', KEYS[1])
            if (not v) or tonumber(v) > tonumber(ARGV[1]) then
              redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
            end
            return 1
            """;

    private final RedisClusterCommands<String, byte[]> redis;
    private final Duration ttl;

    public StopMarks(RedisClusterCommands<String, byte[]> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    /** Whether a test at {@code index} is after a known failure. */
    public boolean isAfterFailure(String submissionId, int index) {
        byte[] v = redis.get(StateKeys.stop(submissionId));
        return v != null && Integer.parseInt(new String(v, StandardCharsets.UTF_8)) < index;
    }

    public void failed(String submissionId, int index) {
        redis.eval(KEEP_MINIMUM, ScriptOutputType.INTEGER, new String[] {StateKeys.stop(submissionId)},
                ascii(String.valueOf(index)), ascii(String.valueOf(ttl.toSeconds())));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
