package dev.judge.state;

import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Remembers which ids were used, with a digest of their body ({@code submission:<id>}), and which
 * submissions were fully dispatched ({@code dispatched:<id>}), so a resent id changes nothing and
 * a redelivered record is finished, not repeated. compile-service's.
 */
public final class SubmissionRegistry {

    /** What an id's arrival means. */
    public enum Claim { NEW, SAME_BODY_UNFINISHED, SAME_BODY_DISPATCHED, OTHER_BODY }

    private final RedisClusterCommands<String, byte[]> redis;
    private final Duration ttl;

    public SubmissionRegistry(RedisClusterCommands<String, byte[]> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    public Claim claim(String id, String bodyDigest) {
        byte[] digest = bodyDigest.getBytes(StandardCharsets.UTF_8);
        String set = redis.set(StateKeys.submission(id), digest, SetArgs.Builder.nx().ex(ttl));
        if ("OK".equals(set)) {
            return Claim.NEW;
        }
        byte[] existing = redis.get(StateKeys.submission(id));
        if (existing == null) {   // expired in between: take it again
            return claim(id, bodyDigest);
        }
        if (!Arrays.equals(existing, digest)) {
            return Claim.OTHER_BODY;
        }
        return redis.exists(StateKeys.dispatched(id)) > 0 ? Claim.SAME_BODY_DISPATCHED : Claim.SAME_BODY_UNFINISHED;
    }

    public void markDispatched(String id) {
        redis.set(StateKeys.dispatched(id), new byte[] {1}, SetArgs.Builder.ex(ttl));
    }
}
