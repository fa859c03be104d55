package dev.judge.compile.intake;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Remembers which ids were used, with a digest of their body, and which submissions were fully
 * dispatched, so a resent id changes nothing and a redelivered record is finished, not repeated.
 */
public final class SubmissionRegistry {

    /** What an id's arrival means. */
    public enum Claim { NEW, SAME_BODY_UNFINISHED, SAME_BODY_DISPATCHED, OTHER_BODY }

    private final RedisCommands<String, byte[]> redis;
    private final Duration ttl;

    public SubmissionRegistry(RedisCommands<String, byte[]> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    public Claim claim(String id, String bodyDigest) {
        byte[] digest = bodyDigest.getBytes(StandardCharsets.UTF_8);
        String set = redis.set("submission:" + id, digest, SetArgs.Builder.nx().ex(ttl));
        if ("OK".equals(set)) {
            return Claim.NEW;
        }
        byte[] existing = redis.get("submission:" + id);
        if (existing == null) {   // expired in between: take it again
            return claim(id, bodyDigest);
        }
        if (!java.util.Arrays.equals(existing, digest)) {
            return Claim.OTHER_BODY;
        }
        return redis.exists("dispatched:" + id) > 0 ? Claim.SAME_BODY_DISPATCHED : Claim.SAME_BODY_UNFINISHED;
    }

    public void markDispatched(String id) {
        redis.set("dispatched:" + id, new byte[] {1}, SetArgs.Builder.ex(ttl));
    }
}
