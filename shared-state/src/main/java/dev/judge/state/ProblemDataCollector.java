package dev.judge.state;

import dev.judge.model.Json;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Removes test data and output validators no problem refers to any more. Test data is stored once by content and shared,
 * so deleting or replacing a problem cannot remove its files; this does, later: it marks every file
 * a kept version of any problem names ({@code problem-version:*}: current versions, and replaced
 * or deleted ones while submissions may still use them), then removes each {@code problem-data:*}
 * file outside that set that was not stored, or stored again, within {@code grace}. An import
 * marks every file it stores as stored again ({@link ProblemDataStore}) before the version naming
 * it exists, so the grace must be longer than an import takes (minutes; hours by default). A file
 * from before {@code storedAt} existed gets one the first time it is seen, and its grace from then.
 * Validators kept for problems ({@code validator:*} without a time to live; a submission's own
 * checker expires by itself) go the same way once no kept version names them and Redis saw no read
 * of them for the grace ({@code OBJECT IDLETIME}: an import that reuses one reads it first).
 */
public final class ProblemDataCollector {

    /**
     * Removes the file unless it was stored within the grace, atomically with reading when. KEYS:
     * the file; ARGV: the latest time a removable file was stored, now. Returns 1 when removed.
     */
    private static final String SWEEP = """
            local at = redis.call('HGET', KEYS[1], 'storedAt')
            if not at then
              if redis.call('EXISTS', KEYS[1]) == 1 then
                redis.call('HSET', KEYS[1], 'storedAt', ARGV[2])
              end
              return 0
            end
            if tonumber(at) <= tonumber(ARGV[1]) then
              redis.call('UNLINK', KEYS[1])
              return 1
            end
            return 0
            """;

    /**
     * Removes a kept validator unless it was read within the grace. KEYS: the validator; ARGV: the
     * grace in seconds. Where Redis does not track idle times (an LFU eviction policy), keeps it.
     */
    private static final String SWEEP_VALIDATOR = """
            if redis.call('TTL', KEYS[1]) ~= -1 then
              return 0
            end
            local idle = redis.pcall('OBJECT', 'IDLETIME', KEYS[1])
            if type(idle) == 'number' and idle >= tonumber(ARGV[1]) then
              redis.call('UNLINK', KEYS[1])
              return 1
            end
            return 0
            """;

    /** Gives the collection's claim back if this instance still holds it. KEYS: the claim; ARGV: the holder. */
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    /** What one collection did: files left (referenced or recent), files removed, validators removed. */
    public record Collected(int kept, int removed, int validatorsRemoved) {
    }

    private final RedisClusterCommands<String, String> redis;
    private final Duration grace;
    private final LongSupplier clock;

    /** @param grace how recently stored a file stays even when nothing refers to it */
    public ProblemDataCollector(RedisClusterCommands<String, String> redis, Duration grace, LongSupplier clock) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the grace of unreferenced test data cannot be negative: " + grace);
        }
        this.redis = redis;
        this.grace = grace;
        this.clock = clock;
    }

    /**
     * Collects once if no other instance is collecting ({@code holder} names this one; the claim
     * lasts {@code atMost}); empty when another one is.
     */
    public Optional<Collected> collectUnlessBusy(String holder, Duration atMost) {
        String claimed = redis.set(StateKeys.PROBLEM_DATA_COLLECTION, holder, SetArgs.Builder.nx().px(atMost.toMillis()));
        if (!"OK".equals(claimed)) {
            return Optional.empty();
        }
        try {
            return Optional.of(collect());
        } finally {
            redis.eval(RELEASE, ScriptOutputType.INTEGER, new String[] {StateKeys.PROBLEM_DATA_COLLECTION}, holder);
        }
    }

    /** Marks, then sweeps. */
    public Collected collect() {
        long now = clock.getAsLong();
        Set<String> validators = new HashSet<>();
        Set<String> referenced = referenced(validators);
        String cutoff = String.valueOf(now - grace.toMillis());
        int[] kept = {0};
        int[] removed = {0};
        scan(StateKeys.problemDataPattern(), key -> {
            String sha256 = key.substring(StateKeys.PROBLEM_DATA_PREFIX.length());
            if (referenced.contains(sha256)) {
                kept[0]++;
                return;
            }
            Long gone = redis.eval(SWEEP, ScriptOutputType.INTEGER, new String[] {key}, cutoff, String.valueOf(now));
            if (gone != null && gone == 1) {
                removed[0]++;
            } else {
                kept[0]++;
            }
        });
        int[] validatorsRemoved = {0};
        String graceSeconds = String.valueOf(grace.toSeconds());
        scan(StateKeys.validatorPattern(), key -> {
            if (!validators.contains(key)) {
                Long gone = redis.eval(SWEEP_VALIDATOR, ScriptOutputType.INTEGER, new String[] {key}, graceSeconds);
                if (gone != null && gone == 1) {
                    validatorsRemoved[0]++;
                }
            }
        });
        return new Collected(kept[0], removed[0], validatorsRemoved[0]);
    }

    /**
     * The digest of every file a kept version names (wherever in its model: tests, groups'
     * interactions, files); the validators' keys they name go into {@code validators}.
     */
    private Set<String> referenced(Set<String> validators) {
        Set<String> digests = new HashSet<>();
        scan(StateKeys.problemVersionPattern(), key -> {
            String json = redis.get(key);
            if (json == null) {
                return;   // expired since the scan saw it
            }
            JsonNode model;
            try {
                model = Json.mapper().readTree(json);
            } catch (JacksonException e) {
                // A version that cannot be read cannot be judged either; its files are not guessed at.
                throw new IllegalStateException("problem version " + key + " is unreadable, so no test data is collected: "
                        + e.getMessage(), e);
            }
            for (JsonNode digest : model.findValues("sha256")) {
                if (digest.isString()) {
                    digests.add(digest.asString());
                }
            }
            for (JsonNode validator : model.findValues("artifactKey")) {
                if (validator.isString()) {
                    validators.add(validator.asString());
                }
            }
        });
        return digests;
    }

    private void scan(String pattern, Consumer<String> each) {
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(pattern).limit(500));
            page.getKeys().forEach(each);
            cursor = page;
        } while (!cursor.isFinished());
    }
}
