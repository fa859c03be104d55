package dev.judge.state;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.List;
import java.util.Optional;

/**
 * Tells whether Redis was restarted, failed over, or had its data replaced since the state was
 * last rebuilt. Every primary keeps a marker ({@link StateKeys#stateEpoch}, in a slot it serves)
 * holding the run id of the Redis process it was written for; every start of {@code redis-server}
 * has a new one. A primary restarted with its append-only file may have lost its last second of
 * writes, restarted without it everything (the marker too); a replica promoted in a failover has
 * a run id of its own and may miss the last writes its primary acknowledged. On a Redis Cluster
 * each primary is checked on its own connection, so a restart of any one of them is seen (one
 * marker and the run id of whichever node answered would miss the others).
 */
public final class StateEpoch {

    /** Sets the marker to ARGV[1] unless it is that already; returns 1 when it changed it. */
    private static final String CLAIM = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1])
            return 1
            """;

    /** Clears the marker if it is still ARGV[1], so the next check rebuilds again. */
    private static final String ABANDON = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              redis.call('DEL', KEYS[1])
            end
            return 1
            """;

    private final RedisConnections redis;

    public StateEpoch(RedisConnections redis) {
        this.redis = redis;
    }

    /** One primary's marker: its key and the run id written to it. */
    public record Marker(String key, String runId) {
    }

    /** The markers a caller changed, whose primaries' data it should now rebuild. */
    public record Claim(List<Marker> markers) {
    }

    /**
     * The markers of the primaries whose data has not been rebuilt yet: each given once per Redis
     * process (to one caller among many), which should then rebuild, or {@link #abandon} them.
     */
    public Optional<Claim> claimRebuild() {
        RedisClusterCommands<String, String> commands = redis.text();
        List<Marker> changed = redis.infoOfPrimariesBySlot("server").stream()
                .map(p -> new Marker(StateKeys.stateEpoch(p.slot()), runId(p.info())))
                .filter(m -> {
                    Long set = commands.eval(CLAIM, ScriptOutputType.INTEGER, new String[] {m.key()}, m.runId());
                    return set != null && set == 1;
                })
                .toList();
        return changed.isEmpty() ? Optional.empty() : Optional.of(new Claim(changed));
    }

    /** A rebuild that failed: the next {@link #claimRebuild} gives its markers again. */
    public void abandon(Claim claim) {
        claim.markers().forEach(m -> redis.text().eval(ABANDON, ScriptOutputType.INTEGER, new String[] {m.key()}, m.runId()));
    }

    private static String runId(String serverInfo) {
        return serverInfo.lines().filter(l -> l.startsWith("run_id:")).map(l -> l.substring("run_id:".length()).trim())
                .findFirst().orElseThrow(() -> new IllegalStateException("Redis INFO server has no run_id"));
    }
}
