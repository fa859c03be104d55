package dev.judge.state;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.Optional;

/**
 * Tells whether Redis was restarted, or its data replaced, since the state was last rebuilt: the
 * key {@link StateKeys#STATE_EPOCH} holds the run id of the Redis process it was written for, and
 * every start of {@code redis-server} has a new one. Redis restarted with its append-only file
 * may have lost its last second of writes; restarted without it, everything.
 */
public final class StateEpoch {

    /** Sets the epoch to ARGV[1] unless it is that already; returns 1 when it changed it. */
    private static final String CLAIM = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1])
            return 1
            """;

    private final RedisClusterCommands<String, String> redis;

    public StateEpoch(RedisClusterCommands<String, String> redis) {
        this.redis = redis;
    }

    /** Clears the epoch if it is still ARGV[1], so the next check rebuilds again. */
    private static final String ABANDON = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('DEL', KEYS[1])
            end
            return 1
            """;

    /**
     * The run id of this Redis process when its data has not been rebuilt yet: given once per
     * process (to one caller among many), which should then rebuild, or {@link #abandon} it.
     */
    public Optional<String> claimRebuild() {
        String runId = redis.info("server").lines().filter(l -> l.startsWith("run_id:"))
                .map(l -> l.substring("run_id:".length()).trim()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Redis INFO server has no run_id"));
        Long changed = redis.eval(CLAIM, ScriptOutputType.INTEGER, new String[] {StateKeys.STATE_EPOCH}, runId);
        return changed != null && changed == 1 ? Optional.of(runId) : Optional.empty();
    }

    /** A rebuild that failed: the next {@link #claimRebuild} gives the run id again. */
    public void abandon(String runId) {
        redis.eval(ABANDON, ScriptOutputType.INTEGER, new String[] {StateKeys.STATE_EPOCH}, runId);
    }
}
