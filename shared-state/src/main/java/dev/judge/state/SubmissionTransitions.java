package dev.judge.state;

import static dev.judge.state.StateFields.ARRIVED_AT;
import static dev.judge.state.StateFields.COMPILE_MS;
import static dev.judge.state.StateFields.COMPILE_STARTED_AT;
import static dev.judge.state.StateFields.LANGUAGE;
import static dev.judge.state.StateFields.PROBLEM;
import static dev.judge.state.StateFields.PROBLEM_VERSION;
import static dev.judge.state.StateFields.STOP_ON_FIRST_FAILURE;
import static dev.judge.state.StateFields.TEST;
import static dev.judge.state.StateFields.TOTAL;

import dev.judge.model.Json;
import dev.judge.model.Language;
import dev.judge.model.Status;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a submission's state ({@code state:{id}}) along QUEUED, COMPILING, RUNNING, DONE, as
 * result-service learns of its events. Every write is idempotent and goes forward only: a field
 * already set is kept, a test already recorded is not recorded again, the state never moves
 * back, and nothing moves it once there is a verdict. Each write refreshes the time to live.
 */
public final class SubmissionTransitions {

    /**
     * Sets the fields that are not set yet and moves the state forward (never back, and not at
     * all once there is a verdict), atomically and in one round trip.
     * KEYS: state; ARGV: the state to move to, ttl, then field, value pairs.
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

    /**
     * Puts back a verdict read from {@code judge.verdicts} when the state has none (Redis lost it, or
     * lost the write that saved it), with the state DONE and the time to live it has left. KEYS:
     * state; ARGV: verdict JSON, seconds left.
     */
    private static final String RESTORE = """
            if redis.call('HEXISTS', KEYS[1], 'verdict') == 1 then
              return 0
            end
            redis.call('HSET', KEYS[1], 'verdict', ARGV[1], 'state', 'DONE')
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            return 1
            """;

    /** KEYS: state, publishing lease; ARGV: verdict JSON, ttl. */
    private static final String SAVE_VERDICT = """
            redis.call('HSET', KEYS[1], 'verdict', ARGV[1], 'state', 'DONE')
            redis.call('EXPIRE', KEYS[1], ARGV[2])
            redis.call('DEL', KEYS[2])
            return 1
            """;

    private final RedisClusterCommands<String, String> redis;
    private final Duration ttl;

    public SubmissionTransitions(RedisClusterCommands<String, String> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    /** compile-service took the submission: COMPILING. */
    public void compilationStarted(String id, int total, long arrivedAtMs, long compileStartedAtMs) {
        advance(id, SubmissionState.COMPILING, Map.of(TOTAL, String.valueOf(total),
                ARRIVED_AT, String.valueOf(arrivedAtMs), COMPILE_STARTED_AT, String.valueOf(compileStartedAtMs)));
    }

    /** The program is built (or was in the cache) and its tests are scheduled: RUNNING. */
    public void compiled(String id, int total, long arrivedAtMs, long compileStartedAtMs, long compileMs,
            boolean stopOnFirstFailure, Language language, String problemId, String problemVersion) {
        Map<String, String> fields = new HashMap<>(Map.of(TOTAL, String.valueOf(total),
                ARRIVED_AT, String.valueOf(arrivedAtMs), COMPILE_STARTED_AT, String.valueOf(compileStartedAtMs),
                COMPILE_MS, String.valueOf(compileMs), STOP_ON_FIRST_FAILURE, String.valueOf(stopOnFirstFailure)));
        if (language != null) {
            fields.put(LANGUAGE, language.wireName());
        }
        if (problemId != null) {
            fields.put(PROBLEM, problemId);
            fields.put(PROBLEM_VERSION, problemVersion);
        }
        advance(id, SubmissionState.RUNNING, fields);
    }

    private void advance(String id, SubmissionState state, Map<String, String> fields) {
        List<String> args = new ArrayList<>(List.of(state.name(), String.valueOf(ttl.toSeconds())));
        fields.forEach((field, value) -> {
            args.add(field);
            args.add(value);
        });
        redis.eval(ADVANCE, ScriptOutputType.INTEGER, new String[] {StateKeys.state(id)}, args.toArray(String[]::new));
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
     * Records the verdict and the state DONE in one command, so no reader sees one without the
     * other, refreshes the time to live and ends the lease on publishing it ({@link VerdictLease}),
     * all in one round trip.
     */
    public void saveVerdict(Verdict verdict) {
        redis.eval(SAVE_VERDICT, ScriptOutputType.INTEGER,
                new String[] {StateKeys.state(verdict.id()), StateKeys.publishing(verdict.id())},
                Json.mapper().writeValueAsString(verdict), String.valueOf(ttl.toSeconds()));
    }

    /**
     * Restores a published verdict whose state has none; returns whether it did.
     *
     * @param publishedAtMs when it was published: it is kept for what is left of the state's time to live
     */
    public boolean restoreVerdict(Verdict verdict, long publishedAtMs, long nowMs) {
        long left = ttl.toSeconds() - Math.max(0, nowMs - publishedAtMs) / 1000;
        if (left <= 0) {
            return false;
        }
        Long restored = redis.eval(RESTORE, ScriptOutputType.INTEGER, new String[] {StateKeys.state(verdict.id())},
                Json.mapper().writeValueAsString(verdict), String.valueOf(left));
        return restored != null && restored == 1;
    }
}
