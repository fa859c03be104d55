package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is read of a submission's state, against a real Redis holding the hash as the writers leave it. */
class SubmissionViewsIT {

    private static final RedisConnections redis = TestRedis.CONNECTIONS;
    private final SubmissionViews views = TestRedis.views();

    private static String id() {
        return TestRedis.id("views");
    }

    @Test
    void nothingIsKnownOfAnUnknownId() {
        String id = id();
        assertThat(views.view(id)).isEmpty();
        assertThat(views.verdict(id)).isEmpty();
        assertThat(views.exists(id)).isFalse();
        assertThat(views.progress(id).state()).isEqualTo(SubmissionState.QUEUED);
    }

    @Test
    void aViewIsTheVerdictWheneverThereIsOne() {
        String id = id();
        Verdict v = new Verdict(id, Status.WRONG_ANSWER, null, null,
                List.of(new TestResult(0, Status.WRONG_ANSWER, 0, 0, 0, 0, null, "", "", false)), 0, 1, 0, 0,
                new Verdict.Timings(1, 2, 3, 4));
        redis.text().hset(StateKeys.state(id), Map.of("state", "DONE", "verdict", dev.judge.model.Json.mapper().writeValueAsString(v)));
        assertThat(views.view(id)).contains(new SubmissionView.Judged(v));
        assertThat(views.verdict(id)).contains(v);
        assertThat(views.progress(id).hasVerdict()).isTrue();
    }

    @Test
    void doneWithoutAVerdictIsShownAsRunning() {
        String stray = id();
        redis.text().hset(StateKeys.state(stray), Map.of("state", "DONE", "total", "3", "passed", "1"));
        assertThat(views.view(stray)).as("DONE without a verdict is not a state a client is shown")
                .contains(new SubmissionView.InFlight(SubmissionState.RUNNING, 1, 3));
        assertThat(views.exists(stray)).isTrue();
    }
}
