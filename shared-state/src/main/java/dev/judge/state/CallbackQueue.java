package dev.judge.state;

import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.List;

/**
 * Pending callbacks (sorted set {@code callbacks:due}, score = when; attempts in
 * {@code callbacks:attempts}), so they survive a restart. A sender leases due entries (moves them
 * into the future) before sending, so a crash mid-send only delays a callback; it is removed once
 * delivered or given up.
 */
public final class CallbackQueue {

    /** Takes up to ARGV[2] entries due at ARGV[1], leasing each until ARGV[3]. */
    private static final String LEASE = """
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, token in ipairs(due) do
              redis.call('ZADD', KEYS[1], ARGV[3], token)
            end
            return due
            """;

    private final RedisClusterCommands<String, String> redis;

    public CallbackQueue(RedisClusterCommands<String, String> redis) {
        this.redis = redis;
    }

    /** Queues a callback for the submission, due now; queuing it again changes nothing. */
    public void enqueue(String token, long now) {
        redis.zadd(StateKeys.CALLBACKS_DUE, io.lettuce.core.ZAddArgs.Builder.nx(), now, token);
    }

    /** Up to {@code max} callbacks due at {@code now}, each leased until {@code now + leaseMs}. */
    public List<String> lease(long now, int max, long leaseMs) {
        return redis.eval(LEASE, ScriptOutputType.MULTI, new String[] {StateKeys.CALLBACKS_DUE}, String.valueOf(now),
                String.valueOf(max), String.valueOf(now + leaseMs));
    }

    public long attempt(String token) {
        return redis.hincrby(StateKeys.CALLBACKS_ATTEMPTS, token, 1);
    }

    public void retryAt(String token, long when) {
        redis.zadd(StateKeys.CALLBACKS_DUE, when, token);
    }

    public void done(String token) {
        redis.zrem(StateKeys.CALLBACKS_DUE, token);
        redis.hdel(StateKeys.CALLBACKS_ATTEMPTS, token);
    }

    public long pending() {
        return redis.zcount(StateKeys.CALLBACKS_DUE, Range.unbounded());
    }
}
