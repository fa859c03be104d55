package dev.judge.state;

import dev.judge.model.Json;
import dev.judge.model.Language;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Status;
import dev.judge.model.Verdict;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each submission's state in Redis, one hash {@code state:<id>} with a time to live: where it is
 * ({@link SubmissionState}), its timestamps, one field per finished test, and the verdict. Writes
 * are idempotent: a test already recorded is never recorded again, and the state never moves back.
 * result-service writes it; api-service queues submissions in it and reads it.
 */
public final class SubmissionStore {

    private static final String STATE = "state";
    private static final String VERDICT = "verdict";
    private static final String DIGEST = "digest";
    private static final String LANGUAGE = "language";
    private static final String PROBLEM = "problem";
    private static final String PROBLEM_VERSION = "problemVersion";
    private static final String TEST = "test:";
    /** Ends a kept output that the submission's output budget cut short (its test then stays {@code truncated}). */
    public static final String CUT_MARK = "\n[output cut: the submission's kept output reached its limit]";

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
     * Records a chunk's tests, each once, in one round trip: the results, the counters, the run's
     * first start and last end, the total, and the state RUNNING (unless there is a verdict).
     * KEYS: state; ARGV: ttl, startedAt, finishedAt, total, then field, JSON, passed per test.
     * Returns {tests done, tests in all, the fields recorded now...}.
     */
    private static final String RECORD_TESTS = """
            local fresh = {}
            for i = 5, #ARGV, 3 do
              if redis.call('HSETNX', KEYS[1], ARGV[i], ARGV[i + 1]) == 1 then
                redis.call('HINCRBY', KEYS[1], 'done', 1)
                if ARGV[i + 2] == '1' then
                  redis.call('HINCRBY', KEYS[1], 'passed', 1)
                end
                table.insert(fresh, ARGV[i])
              end
            end
            redis.call('HSETNX', KEYS[1], 'total', ARGV[4])
            if redis.call('HEXISTS', KEYS[1], 'verdict') == 0 then
              local current = redis.call('HGET', KEYS[1], 'state')
              if (not current) or current == 'QUEUED' or current == 'COMPILING' then
                redis.call('HSET', KEYS[1], 'state', 'RUNNING')
              end
            end
            if #fresh > 0 then
              local started = redis.call('HGET', KEYS[1], 'runStartedAt')
              if (not started) or tonumber(started) > tonumber(ARGV[2]) then
                redis.call('HSET', KEYS[1], 'runStartedAt', ARGV[2])
              end
              local finished = redis.call('HGET', KEYS[1], 'runFinishedAt')
              if (not finished) or tonumber(finished) < tonumber(ARGV[3]) then
                redis.call('HSET', KEYS[1], 'runFinishedAt', ARGV[3])
              end
            end
            redis.call('EXPIRE', KEYS[1], ARGV[1])
            local result = {tonumber(redis.call('HGET', KEYS[1], 'done') or '0'), tonumber(redis.call('HGET', KEYS[1], 'total') or '0')}
            for _, f in ipairs(fresh) do
              table.insert(result, f)
            end
            return result
            """;

    private final RedisClusterCommands<String, String> redis;
    private final FullOutputStore outputs;
    private final Duration ttl;

    public SubmissionStore(RedisClusterCommands<String, String> redis, FullOutputStore outputs, Duration ttl) {
        this.redis = redis;
        this.outputs = outputs;
        this.ttl = ttl;
    }

    /** The store on a service's shared connections. */
    public static SubmissionStore on(RedisConnections redis, Duration ttl) {
        return new SubmissionStore(redis.text(), new FullOutputStore(redis.bulk(), ttl), ttl);
    }

    private void advance(String id, SubmissionState state, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(state.name(), String.valueOf(ttl.toSeconds())));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        redis.eval(ADVANCE, ScriptOutputType.INTEGER, new String[] {StateKeys.state(id)}, args.toArray(String[]::new));
    }

    /** compile-service took the submission. */
    public void compilationStarted(String id, int total, long arrivedAtMs, long compileStartedAtMs) {
        advance(id, SubmissionState.COMPILING, Map.of("total", String.valueOf(total),
                "arrivedAt", String.valueOf(arrivedAtMs), "compileStartedAt", String.valueOf(compileStartedAtMs)));
    }

    /** The program is built (or was in the cache) and its tests are scheduled. */
    public void compiled(String id, int total, long arrivedAtMs, long compileStartedAtMs, long compileMs,
            boolean stopOnFirstFailure, Language language, String problemId, String problemVersion) {
        Map<String, String> fields = new HashMap<>(Map.of("total", String.valueOf(total),
                "arrivedAt", String.valueOf(arrivedAtMs), "compileStartedAt", String.valueOf(compileStartedAtMs),
                "compileMs", String.valueOf(compileMs), "stopOnFirstFailure", String.valueOf(stopOnFirstFailure)));
        if (language != null) {
            fields.put(LANGUAGE, language.wireName());
        }
        if (problemId != null) {
            fields.put(PROBLEM, problemId);
            fields.put(PROBLEM_VERSION, problemVersion);
        }
        advance(id, SubmissionState.RUNNING, fields);
    }

    /** What recording tests did: the indices recorded now (not before), and where the submission is. */
    public record Recorded(List<Integer> recordedNow, int done, int total) {

        public Recorded {
            recordedNow = List.copyOf(recordedNow);
        }

        public boolean allDone() {
            return total > 0 && done >= total;
        }
    }

    /** Records a chunk's results (each test once) and marks the submission RUNNING, in one round trip. */
    public Recorded recordTests(String id, int total, List<TestResult> results, long startedAtMs, long finishedAtMs) {
        List<String> args = new ArrayList<>(List.of(String.valueOf(ttl.toSeconds()), String.valueOf(startedAtMs),
                String.valueOf(finishedAtMs), String.valueOf(total)));
        for (TestResult r : results) {
            args.add(TEST + r.index());
            args.add(Json.mapper().writeValueAsString(r));
            args.add(r.status() == Status.ACCEPTED ? "1" : "0");
        }
        List<Object> reply = redis.eval(RECORD_TESTS, ScriptOutputType.MULTI, new String[] {StateKeys.state(id)},
                args.toArray(String[]::new));
        List<Integer> fresh = new ArrayList<>();
        for (Object field : reply.subList(2, reply.size())) {
            fresh.add(Integer.parseInt(field.toString().substring(TEST.length())));
        }
        return new Recorded(fresh, ((Number) reply.get(0)).intValue(), ((Number) reply.get(1)).intValue());
    }

    /**
     * Takes an id for a body: records it as QUEUED with the digest of its body, unless the id is
     * known already. KEYS: state, registry; ARGV: digest, ttl. Returns 1 when the id is new and
     * now this body's, 2 when this body has it already, 0 when another submission has it,
     * whichever way (HTTP or Kafka) that one came.
     */
    private static final String QUEUE = """
            local own = redis.call('HGET', KEYS[1], 'digest')
            if own then
              return own == ARGV[1] and 2 or 0
            end
            local registered = redis.call('GET', KEYS[2])
            if registered and registered ~= ARGV[1] then
              return 0
            end
            if registered then
              return 2
            end
            if redis.call('EXISTS', KEYS[1]) == 1 then
              return 0
            end
            redis.call('HSET', KEYS[1], 'digest', ARGV[1])
            redis.call('HSETNX', KEYS[1], 'state', 'QUEUED')
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            return 1
            """;

    /** What queuing an id did. */
    public enum Queued {
        /** The id was new: it is this body's now, QUEUED. */
        NEW,
        /** The same body came with this id before: nothing changed. */
        SAME_BODY,
        /** Another body has the id, through the HTTP API or straight through Kafka. */
        OTHER_BODY
    }

    /** Records a submission as QUEUED with the digest of its body, unless its id is taken. */
    public Queued queue(String id, String digest) {
        Long taken = redis.eval(QUEUE, ScriptOutputType.INTEGER, new String[] {StateKeys.state(id), StateKeys.submission(id)},
                digest, String.valueOf(ttl.toSeconds()));
        return taken == null || taken == 0 ? Queued.OTHER_BODY : taken == 1 ? Queued.NEW : Queued.SAME_BODY;
    }

    /** Forgets a submission that was queued but never reached the pipeline. */
    public void forget(String id) {
        redis.del(StateKeys.state(id));
    }

    /** Whether anything is known of the id. */
    public boolean exists(String id) {
        return redis.exists(StateKeys.state(id)) > 0;
    }

    /**
     * What a client may be shown, in one command (HMGET): the state and the verdict are of the same
     * moment, as {@link #saveVerdict} writes them together. Reading them one after the other could
     * see the state DONE that came with a verdict the first read did not see yet. Empty when
     * nothing is known of the id.
     */
    public Optional<SubmissionView> view(String id) {
        List<KeyValue<String, String>> fields = redis.hmget(StateKeys.state(id), VERDICT, STATE, "passed", "total");
        String verdict = fields.get(0).getValueOrElse(null);
        if (verdict != null) {
            return Optional.of(new SubmissionView.Judged(Json.mapper().readValue(verdict, Verdict.class)));
        }
        if (fields.stream().noneMatch(KeyValue::hasValue)) {
            return Optional.empty();
        }
        String state = fields.get(1).getValueOrElse(SubmissionState.QUEUED.name());
        // Only saveVerdict writes DONE, with the verdict; should a hash ever hold DONE alone, it is still running.
        SubmissionState shown = SubmissionState.DONE.name().equals(state) ? SubmissionState.RUNNING : SubmissionState.valueOf(state);
        return Optional.of(new SubmissionView.InFlight(shown, Integer.parseInt(fields.get(2).getValueOrElse("0")),
                Integer.parseInt(fields.get(3).getValueOrElse("0"))));
    }

    /** Everything known of a submission, its finished tests included. */
    public SubmissionProgress progress(String id) {
        Map<String, String> all = redis.hgetall(StateKeys.state(id));
        List<TestResult> tests = new ArrayList<>();
        all.forEach((field, value) -> {
            if (field.startsWith(TEST)) {
                tests.add(Json.mapper().readValue(value, TestResult.class));
            }
        });
        return progress(id, all, tests);
    }

    private static SubmissionProgress progress(String id, Map<String, String> f, List<TestResult> tests) {
        String state = f.get(STATE);
        return new SubmissionProgress(id, state == null ? SubmissionState.QUEUED : SubmissionState.valueOf(state),
                (int) number(f, "total"), (int) number(f, "done"), (int) number(f, "passed"), number(f, "arrivedAt"),
                number(f, "compileStartedAt"), number(f, "compileMs"), number(f, "runStartedAt"),
                number(f, "runFinishedAt"), "true".equals(f.get("stopOnFirstFailure")),
                f.containsKey(VERDICT) || SubmissionState.DONE.name().equals(state),
                f.containsKey(LANGUAGE) ? Language.fromWireName(f.get(LANGUAGE)).orElse(null) : null,
                f.get(PROBLEM), f.get(PROBLEM_VERSION), tests);
    }

    private static long number(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? 0 : Long.parseLong(v);
    }

    public Optional<Verdict> verdict(String id) {
        return Optional.ofNullable(redis.hget(StateKeys.state(id), VERDICT)).map(v -> Json.mapper().readValue(v, Verdict.class));
    }

    /** Records the verdict and the state DONE in one command, so no reader sees one without the other. */
    public void saveVerdict(Verdict verdict) {
        String key = StateKeys.state(verdict.id());
        redis.hset(key, Map.of(VERDICT, Json.mapper().writeValueAsString(verdict), STATE, SubmissionState.DONE.name()));
        redis.expire(key, ttl);
    }

    /** The verdict with every test's full outputs. */
    public Verdict withFullOutputs(Verdict v) {
        return v.withTests(v.tests().stream().map(t -> withFullOutputs(v.id(), t)).toList());
    }

    /** The test's outputs as the exact bytes the program wrote. */
    public FullOutputStore.Outputs exactOutputs(String id, TestResult t) {
        if (t.truncated()) {
            Optional<FullOutputStore.Outputs> full = outputs.read(StateKeys.output(id, t.index()));
            if (full.isPresent()) {
                return full.get();
            }
        }
        return new FullOutputStore.Outputs(utf8(t.stdout()), utf8(t.stderr()));
    }

    private static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The test's full outputs when the verdict's copy was cut, else the verdict's own. */
    public TestResult withFullOutputs(String id, TestResult t) {
        if (!t.truncated()) {
            return t;
        }
        return outputs.read(StateKeys.output(id, t.index()))
                .map(full -> t.withOutputs(full.stdoutText() + (full.cut() ? CUT_MARK : ""), full.stderrText(), full.cut()))
                .orElse(t);
    }
}
