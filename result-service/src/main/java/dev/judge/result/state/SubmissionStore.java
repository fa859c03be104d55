package dev.judge.result.state;

import dev.judge.model.Json;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each submission's state in Redis, one hash {@code state:<id>} with a time to live: where it is
 * (QUEUED, COMPILING, RUNNING), its timestamps, one field per finished test, and the verdict.
 * Writes are idempotent: a test already recorded is never recorded again.
 */
public final class SubmissionStore {

    private static final String VERDICT = "verdict";

    private final RedisCommands<String, String> redis;
    private final Duration ttl;

    public SubmissionStore(RedisCommands<String, String> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    private static String key(String id) {
        return "state:" + id;
    }

    /** Sets fields that are not set yet, and moves the state forward unless a verdict exists. */
    public void advance(String id, SubmissionState state, Map<String, String> fields) {
        String key = key(id);
        fields.forEach((field, value) -> redis.hsetnx(key, field, value));
        if (!redis.hexists(key, VERDICT)) {
            String current = redis.hget(key, "state");
            if (current == null || SubmissionState.valueOf(current).ordinal() < state.ordinal()) {
                redis.hset(key, "state", state.name());
            }
        }
        redis.expire(key, ttl);
    }

    /**
     * Records an HTTP submission as QUEUED with the digest of its body. Returns false when the id
     * is already used by a different body.
     */
    public boolean queue(String id, String digest) {
        String key = key(id);
        if (!redis.hsetnx(key, "digest", digest)) {
            return digest.equals(redis.hget(key, "digest"));
        }
        redis.hsetnx(key, "state", SubmissionState.QUEUED.name());
        redis.expire(key, ttl);
        return true;
    }

    /** Whether anything is known of the id. */
    public boolean exists(String id) {
        return redis.exists(key(id)) > 0;
    }

    /** The test's full outputs when the verdict's copy was cut, else the verdict's own. */
    public TestResult withFullOutputs(String id, TestResult t) {
        if (!t.truncated()) {
            return t;
        }
        Map<String, String> full = redis.hgetall("output:" + id + ":" + t.index());
        if (full == null || full.isEmpty()) {
            return t;
        }
        return new TestResult(t.index(), t.status(), t.cpuTimeSec(), t.wallTimeSec(), t.memoryKb(), t.exitCode(), t.signal(),
                full.getOrDefault("stdout", t.stdout()), full.getOrDefault("stderr", t.stderr()), false);
    }

    /** Records a test's result once; returns false when it was already recorded. */
    public boolean recordTest(String id, TestResult result, long startedAtMs, long finishedAtMs, String fullOutputKey) {
        String key = key(id);
        if (!redis.hsetnx(key, "test:" + result.index(), Json.mapper().writeValueAsString(result))) {
            return false;
        }
        redis.hincrby(key, "done", 1);
        if (result.status() == dev.judge.model.TestStatus.ACCEPTED) {
            redis.hincrby(key, "passed", 1);
        }
        keepMinimum(key, "runStartedAt", startedAtMs);
        keepMaximum(key, "runFinishedAt", finishedAtMs);
        if (fullOutputKey != null) {
            redis.hset(key, "full:" + result.index(), fullOutputKey);
        }
        redis.expire(key, ttl);
        return true;
    }

    private void keepMinimum(String key, String field, long value) {
        String current = redis.hget(key, field);
        if (current == null || Long.parseLong(current) > value) {
            redis.hset(key, field, String.valueOf(value));
        }
    }

    private void keepMaximum(String key, String field, long value) {
        String current = redis.hget(key, field);
        if (current == null || Long.parseLong(current) < value) {
            redis.hset(key, field, String.valueOf(value));
        }
    }

    public Progress progress(String id) {
        Map<String, String> all = redis.hgetall(key(id));
        List<TestResult> tests = new ArrayList<>();
        all.forEach((field, value) -> {
            if (field.startsWith("test:")) {
                tests.add(Json.mapper().readValue(value, TestResult.class));
            }
        });
        return new Progress(all, tests);
    }

    public Optional<Verdict> verdict(String id) {
        return Optional.ofNullable(redis.hget(key(id), VERDICT)).map(v -> Json.mapper().readValue(v, Verdict.class));
    }

    public void saveVerdict(Verdict verdict) {
        String key = key(verdict.id());
        redis.hset(key, Map.of(VERDICT, Json.mapper().writeValueAsString(verdict), "state", "DONE"));
        redis.expire(key, ttl);
    }

    /** What is known of a submission so far. */
    public record Progress(Map<String, String> fields, List<TestResult> tests) {

        public long number(String field) {
            String v = fields.get(field);
            return v == null ? 0 : Long.parseLong(v);
        }

        public int total() {
            return (int) number("total");
        }

        public int done() {
            return (int) number("done");
        }

        public boolean flag(String field) {
            return "true".equals(fields.get(field));
        }

        public String state() {
            return fields.get("state");
        }
    }
}
