package dev.judge.state;

import static dev.judge.state.StateFields.ARRIVED_AT;
import static dev.judge.state.StateFields.COMPILE_MS;
import static dev.judge.state.StateFields.COMPILE_STARTED_AT;
import static dev.judge.state.StateFields.DONE;
import static dev.judge.state.StateFields.LANGUAGE;
import static dev.judge.state.StateFields.PASSED;
import static dev.judge.state.StateFields.PROBLEM;
import static dev.judge.state.StateFields.PROBLEM_VERSION;
import static dev.judge.state.StateFields.RUN_FINISHED_AT;
import static dev.judge.state.StateFields.RUN_STARTED_AT;
import static dev.judge.state.StateFields.STATE;
import static dev.judge.state.StateFields.STOP_ON_FIRST_FAILURE;
import static dev.judge.state.StateFields.TEST;
import static dev.judge.state.StateFields.TOTAL;
import static dev.judge.state.StateFields.VERDICT;

import dev.judge.model.Json;
import dev.judge.model.Language;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import io.lettuce.core.KeyValue;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a submission's state ({@code state:{id}}) as records: what a client may be shown
 * ({@link SubmissionView}), everything known ({@link SubmissionProgress}), the verdict. Writes
 * nothing.
 */
public final class SubmissionViews {

    private final RedisClusterCommands<String, String> redis;

    public SubmissionViews(RedisClusterCommands<String, String> redis) {
        this.redis = redis;
    }

    /**
     * What a client may be shown, in one command (HMGET): the state and the verdict are of the same
     * moment, as {@link SubmissionTransitions#saveVerdict} writes them together. Reading them one
     * after the other could see the state DONE that came with a verdict the first read did not see
     * yet. Empty when nothing is known of the id.
     */
    public Optional<SubmissionView> view(String id) {
        List<KeyValue<String, String>> fields = redis.hmget(StateKeys.state(id), VERDICT, STATE, PASSED, TOTAL);
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

    /** Whether anything is known of the id. */
    public boolean exists(String id) {
        return redis.exists(StateKeys.state(id)) > 0;
    }

    /** Whether the submission has its verdict, without reading it. */
    public boolean hasVerdict(String id) {
        return redis.hexists(StateKeys.state(id), VERDICT);
    }

    public Optional<Verdict> verdict(String id) {
        return Optional.ofNullable(redis.hget(StateKeys.state(id), VERDICT)).map(v -> Json.mapper().readValue(v, Verdict.class));
    }

    /** Everything known of a submission, its finished tests included. */
    public SubmissionProgress progress(String id) {
        Map<String, String> f = redis.hgetall(StateKeys.state(id));
        List<TestResult> tests = new ArrayList<>();
        f.forEach((field, value) -> {
            if (field.startsWith(TEST)) {
                tests.add(Json.mapper().readValue(value, TestResult.class));
            }
        });
        String state = f.get(STATE);
        return new SubmissionProgress(id, state == null ? SubmissionState.QUEUED : SubmissionState.valueOf(state),
                (int) number(f, TOTAL), (int) number(f, DONE), (int) number(f, PASSED), number(f, ARRIVED_AT),
                number(f, COMPILE_STARTED_AT), number(f, COMPILE_MS), number(f, RUN_STARTED_AT),
                number(f, RUN_FINISHED_AT), "true".equals(f.get(STOP_ON_FIRST_FAILURE)),
                f.containsKey(VERDICT) || SubmissionState.DONE.name().equals(state),
                f.containsKey(LANGUAGE) ? Language.fromWireName(f.get(LANGUAGE)).orElse(null) : null,
                f.get(PROBLEM), f.get(PROBLEM_VERSION), tests);
    }

    private static long number(Map<String, String> fields, String name) {
        String v = fields.get(name);
        return v == null ? 0 : Long.parseLong(v);
    }
}
