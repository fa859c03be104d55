package dev.judge.result.state;

import dev.judge.model.Json;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.model.TestStatus;
import io.lettuce.core.ScriptOutputType;
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

    /**
     * Sets the fields that are not set yet and moves the state forward (never back, and not at
     * all once there is a verdict), atomically and in one round trip.
     */
    private static final String ADVANCE = """
            local rank = {QUEUED = 0, COMPILING = 1, RUNNING = 2, DONE = 3}
            for i = 3, #ARGV, 2 do
              redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1])
            end
            if redis.call('HEXISTS', KEYS[1], 'verdict') == 0 then
              local current = redis.call('HGET', KEYS[1], 'state')
              if (not current) or rank[current] < rank[ARGV[1]] then
                redis.call('HSET', KEYS[1], 'state', ARGV[1])
              end
            end
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            return 1
            """;

    /**
     * Records a test once: the result, the counters and the run's first start and last end, in
     * one round trip. Returns {recorded (0 or 1), tests done, tests in all}.
     */
    private static final String RECORD_TEST = """
            if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
              return {0, tonumber(redis.call('HGET', KEYS[1], 'done') or '0'), tonumber(redis.call('HGET', KEYS[1], 'total') or '0')}
            end
            local done = redis.call('HINCRBY', KEYS[1], 'done', 1)
            if ARGV[3] == '1' then
              redis.call('HINCRBY', KEYS[1], 'passed', 1)
            end
            local started = redis.call('HGET', KEYS[1], 'runStartedAt')
            if (not started) or tonumber(started) > tonumber(ARGV[4]) then
              redis.call('HSET', KEYS[1], 'runStartedAt', ARGV[4])
            end
            local finished = redis.call('HGET', KEYS[1], 'runFinishedAt')
            if (not finished) or tonumber(finished) < tonumber(ARGV[5]) then
              redis.call('HSET', KEYS[1], 'runFinishedAt', ARGV[5])
            end
            if ARGV[6] ~= '' then
              redis.call('HSET', KEYS[1], ARGV[7], ARGV[6])
            end
            redis.call('EXPIRE', KEYS[1], ARGV[8])
            return {1, done, tonumber(redis.call('HGET', KEYS[1], 'total') or '0')}
            """;

    public void advance(String id, SubmissionState state, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(state.name(), String.valueOf(ttl.toSeconds())));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        redis.eval(ADVANCE, ScriptOutputType.INTEGER, new String[] {key(id)}, args.toArray(String[]::new));
    }

    /** What recording a test did. */
    public record Recorded(boolean isNew, int done, int total) {
    }

    public Recorded recordTest(String id, TestResult result, long startedAtMs, long finishedAtMs, String fullOutputKey) {
        List<Long> r = redis.eval(RECORD_TEST, ScriptOutputType.MULTI, new String[] {key(id)},
                "test:" + result.index(), Json.mapper().writeValueAsString(result),
                result.status() == TestStatus.ACCEPTED ? "1" : "0", String.valueOf(startedAtMs),
                String.valueOf(finishedAtMs), fullOutputKey == null ? "" : fullOutputKey, "full:" + result.index(),
                String.valueOf(ttl.toSeconds()));
        return new Recorded(r.get(0) == 1, r.get(1).intValue(), r.get(2).intValue());
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

    /** The verdict with every test's full outputs. */
    public Verdict withFullOutputs(Verdict v) {
        return new Verdict(v.id(), v.status(), v.message(), v.compileOutput(),
                v.tests().stream().map(t -> withFullOutputs(v.id(), t)).toList(), v.passed(), v.total(),
                v.cpuTimeSec(), v.memoryKb(), v.timings());
    }

    /** Where a submission is, without reading its tests: state, passed and total only. */
    public Progress summary(String id) {
        List<String> names = List.of("state", "passed", "total");
        Map<String, String> fields = new java.util.HashMap<>();
        redis.hmget(key(id), names.toArray(String[]::new)).forEach(kv -> kv.ifHasValue(v -> fields.put(kv.getKey(), v)));
        return new Progress(fields, List.of());
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
