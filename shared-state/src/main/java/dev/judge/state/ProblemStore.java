package dev.judge.state;

import dev.judge.model.Json;
import dev.judge.problems.ProblemPackage;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;

/**
 * Imported problems: each id's current version ({@code problem:<id>}) and every version's model
 * ({@code problem-version:<id>:<version>}), kept without expiry while current and for {@code keep}
 * once replaced or deleted, so a submission finishes with the version it started with. Test data is
 * in {@link ProblemDataStore}, by content.
 */
public final class ProblemStore {

    private static final String VERSION = "version";

    /**
     * A problem as the judge stores it.
     *
     * @param id the problem's id
     * @param version changes whenever anything in the package (or the validator built from it) changes
     * @param importedAtMs when this version was imported
     * @param problem the package's model
     * @param validator the output validator built from the package, where it has one
     */
    public record Stored(String id, String version, long importedAtMs, ProblemPackage problem, Optional<BuiltValidator> validator) {
    }

    /**
     * An output validator compiled like a program.
     *
     * @param language the language it is written in (a wire name)
     * @param artifactKey its artifact in the artifact store
     * @param entry its artifact's entry point, or null for the language's default
     */
    public record BuiltValidator(String language, String artifactKey, String entry) {
    }

    private final RedisClusterCommands<String, String> redis;
    private final Duration keep;

    /** @param keep how long a version stays after it is replaced or deleted */
    public ProblemStore(RedisClusterCommands<String, String> redis, Duration keep) {
        this.redis = redis;
        this.keep = keep;
    }

    /** Makes {@code stored} the problem's current version; returns whether the problem is new. */
    public boolean save(Stored stored) {
        String json = Json.mapper().writeValueAsString(stored);
        redis.set(StateKeys.problemVersion(stored.id(), stored.version()), json);
        redis.persist(StateKeys.problemVersion(stored.id(), stored.version()));
        String previous = redis.hget(StateKeys.problem(stored.id()), VERSION);
        redis.hset(StateKeys.problem(stored.id()), Map.of(VERSION, stored.version()));
        redis.sadd(StateKeys.PROBLEMS, stored.id());
        if (previous != null && !previous.equals(stored.version())) {
            redis.expire(StateKeys.problemVersion(stored.id(), previous), keep);
        }
        return previous == null;
    }

    /** The current version, if the problem exists. */
    public Optional<Stored> current(String id) {
        String version = redis.hget(StateKeys.problem(id), VERSION);
        return version == null ? Optional.empty() : version(id, version);
    }

    /** One version while it is kept, or the current one when {@code version} is null. */
    public Optional<Stored> find(String id, String version) {
        return version == null ? current(id) : version(id, version);
    }

    /**
     * Keeps a version that is not (yet) the problem's current one for {@code ttl}: submissions that
     * name it are judged on it (the import's own, computing a time limit) while clients still get the
     * current version.
     */
    public void saveAside(Stored stored, Duration ttl) {
        redis.setex(StateKeys.problemVersion(stored.id(), stored.version()), ttl.toSeconds(),
                Json.mapper().writeValueAsString(stored));
    }

    /** One version, while it is kept. */
    public Optional<Stored> version(String id, String version) {
        String json = redis.get(StateKeys.problemVersion(id, version));
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(json, Stored.class));
        } catch (JacksonException e) {
            throw new IllegalStateException("problem " + id + " version " + version + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Every problem's id, in order. */
    public List<String> ids() {
        return List.copyOf(new TreeSet<>(redis.smembers(StateKeys.PROBLEMS)));
    }

    /** Deletes the problem; its last version stays for {@code keep} for submissions still using it. */
    public boolean delete(String id) {
        String version = redis.hget(StateKeys.problem(id), VERSION);
        if (version == null) {
            return false;
        }
        redis.expire(StateKeys.problemVersion(id, version), keep);
        redis.del(StateKeys.problem(id));
        redis.srem(StateKeys.PROBLEMS, id);
        return true;
    }
}
