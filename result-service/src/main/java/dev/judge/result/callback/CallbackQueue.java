package dev.judge.result.callback;

import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.result.live.ProgressBus;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;

/**
 * Pending callbacks in Redis (sorted set {@code callbacks:due}, score = when), so they survive a
 * restart. A sender leases due entries (moves them into the future) before sending, so a crash
 * mid-send only delays a callback; it is removed once delivered or given up.
 */
public final class CallbackQueue implements ProgressBus {

    static final String DUE = "callbacks:due";
    static final String ATTEMPTS = "callbacks:attempts";

    /** Takes up to ARGV[2] entries due at ARGV[1], leasing each until ARGV[3]. */
    private static final String LEASE = """
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, token in ipairs(due) do
              redis.call('ZADD', KEYS[1], ARGV[3], token)
            end
            return due
            """;

    private final RedisCommands<String, String> redis;

    public CallbackQueue(RedisCommands<String, String> redis) {
        this.redis = redis;
    }

    @Override
    public void testFinished(String id, TestResult result) {
        // Callbacks are about verdicts only.
    }

    /** Queues the submission's callback, if its Judge0 request named one. */
    @Override
    public void verdictReady(Verdict verdict) {
        if (redis.hget("judge0:" + verdict.id(), "callback_url") != null) {
            redis.zadd(DUE, System.currentTimeMillis(), verdict.id());
        }
    }

    List<String> lease(long now, int max, long leaseMs) {
        return redis.eval(LEASE, ScriptOutputType.MULTI, new String[] {DUE}, String.valueOf(now), String.valueOf(max),
                String.valueOf(now + leaseMs));
    }

    long attempt(String token) {
        return redis.hincrby(ATTEMPTS, token, 1);
    }

    void retryAt(String token, long when) {
        redis.zadd(DUE, when, token);
    }

    void done(String token) {
        redis.zrem(DUE, token);
        redis.hdel(ATTEMPTS, token);
    }

    public long pending() {
        return redis.zcount(DUE, Range.unbounded());
    }
}
