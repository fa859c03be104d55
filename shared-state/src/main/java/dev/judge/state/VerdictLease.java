package dev.judge.state;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;

/**
 * Who may publish a submission's verdict now. Two result-service consumers can hold the same
 * outcome at once: when the group rebalances (a broker leading the group's coordinator dies, a
 * consumer is slow) the partition moves to another consumer while the first one is still waiting
 * for the broker to acknowledge the verdict it sent, and before it recorded it. Without a lease
 * both publish it. A consumer claims the lease before it publishes; another one that finds it held
 * retries later, by when the verdict is recorded (which ends the lease,
 * {@link SubmissionTransitions#saveVerdict}) (it publishes nothing) or the lease expired (its
 * holder died: it publishes). The lease only narrows publication to one at a time; delivery stays
 * at least once (a holder slower than the lease lets a second one publish).
 */
public final class VerdictLease {

    /** What a claim found. */
    public enum Claim {
        /** The caller holds the lease (it did already, or it was free): publish. */
        MINE,
        /** Another consumer holds it: try again later. */
        HELD,
        /** The verdict is already recorded: nothing to publish. */
        RECORDED
    }

    /**
     * KEYS: lease, state; ARGV: holder, lease in milliseconds. Returns 1 (mine), 0 (held), -1 (recorded).
     */
    private static final String CLAIM = """
            if redis.call('HEXISTS', KEYS[2], 'verdict') == 1 then
              return -1
            end
            local holder = redis.call('GET', KEYS[1])
            if holder and holder ~= ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """;

    private final RedisClusterCommands<String, String> redis;
    private final Duration length;

    /** @param length how long a claim holds: longer than a verdict's send and acknowledgement normally take */
    public VerdictLease(RedisClusterCommands<String, String> redis, Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a verdict lease must last a positive time, not " + length);
        }
        this.redis = redis;
        this.length = length;
    }

    /** Claims (or renews) the lease on {@code submissionId}'s verdict for {@code holder}. */
    public Claim claim(String submissionId, String holder) {
        Long found = redis.eval(CLAIM, ScriptOutputType.INTEGER,
                new String[] {StateKeys.publishing(submissionId), StateKeys.state(submissionId)}, holder,
                String.valueOf(length.toMillis()));
        if (found == null) {
            throw new IllegalStateException("the verdict lease script of " + submissionId + " answered nothing");
        }
        return found == 1 ? Claim.MINE : found == 0 ? Claim.HELD : Claim.RECORDED;
    }
}
