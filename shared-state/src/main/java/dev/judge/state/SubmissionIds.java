package dev.judge.state;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;

/**
 * Which body owns a submission id, whichever way it came: the HTTP API queues ids
 * ({@link #queue}), compile-service claims the ids of the records it reads ({@link #claim}), and
 * both go through the one rule below, so an id taken one way cannot be taken by another body
 * the other way.
 *
 * <p>The rule: an id belongs to the first body digest recorded under it, the one in
 * {@code submission:{id}} (any record compile-service claimed) or else the one in the state's
 * {@code digest} field (a body the API queued). An id whose state exists with neither digest
 * was used before and its owner's digest expired: it stays taken. One script applies it and
 * records the new owner in the same step, so two bodies racing for an id never both win.
 */
public final class SubmissionIds {

    /**
     * KEYS: submission, state, dispatched. ARGV: digest, ttl, who ({@code api} or {@code stage}).
     * Returns NEW, SAME_BODY, SAME_BODY_DISPATCHED or OTHER_BODY (for {@code stage}, SAME_BODY is
     * a body claimed but not yet dispatched).
     */
    private static final String TAKE = """
            local owner = redis.call('GET', KEYS[1]) or redis.call('HGET', KEYS[2], 'digest')
            if owner then
              if owner ~= ARGV[1] then
                return 'OTHER_BODY'
              end
            elseif redis.call('EXISTS', KEYS[2]) == 1 then
              return 'OTHER_BODY'
            end
            if ARGV[3] == 'api' then
              if owner then
                return 'SAME_BODY'
              end
              redis.call('HSET', KEYS[2], 'digest', ARGV[1])
              redis.call('HSETNX', KEYS[2], 'state', 'QUEUED')
              redis.call('EXPIRE', KEYS[2], ARGV[2])
              return 'NEW'
            end
            if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
              return 'NEW'
            end
            return redis.call('EXISTS', KEYS[3]) == 1 and 'SAME_BODY_DISPATCHED' or 'SAME_BODY'
            """;

    /** What queuing an id over HTTP did. */
    public enum Queued {
        /** The id was new: it is this body's now, QUEUED. */
        NEW,
        /** The same body came with this id before: nothing changed. */
        SAME_BODY,
        /** Another body has the id, through the HTTP API or straight through Kafka. */
        OTHER_BODY
    }

    /** What a record's id means to compile-service. */
    public enum Claim {
        /** The id is this body's now. */
        NEW,
        /** This body has the id and its tests were not all handed on: finish it. */
        SAME_BODY_UNFINISHED,
        /** This body has the id and was handed on: a resent record, nothing to do. */
        SAME_BODY_DISPATCHED,
        /** Another body has the id. */
        OTHER_BODY
    }

    private final RedisClusterCommands<String, String> redis;
    private final Duration ttl;

    public SubmissionIds(RedisClusterCommands<String, String> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    /** The HTTP API's: records the submission as QUEUED with its body's digest, unless its id is taken. */
    public Queued queue(String id, String digest) {
        return Queued.valueOf(take(id, digest, "api"));
    }

    /** compile-service's: claims the id of a record of {@code judge.submissions} for its body. */
    public Claim claim(String id, String digest) {
        return switch (take(id, digest, "stage")) {
            case "NEW" -> Claim.NEW;
            case "SAME_BODY" -> Claim.SAME_BODY_UNFINISHED;
            case "SAME_BODY_DISPATCHED" -> Claim.SAME_BODY_DISPATCHED;
            default -> Claim.OTHER_BODY;
        };
    }

    private String take(String id, String digest, String who) {
        return redis.eval(TAKE, ScriptOutputType.VALUE,
                new String[] {StateKeys.submission(id), StateKeys.state(id), StateKeys.dispatched(id)},
                digest, String.valueOf(ttl.toSeconds()), who);
    }

    /** Forgets a submission the API queued that never reached the pipeline. */
    public void forget(String id) {
        redis.del(StateKeys.state(id));
    }

    /** Every test of the submission was handed on: a resent record of it changes nothing. */
    public void markDispatched(String id) {
        redis.set(StateKeys.dispatched(id), "1", SetArgs.Builder.ex(ttl));
    }
}
