package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Language;
import dev.judge.model.Status;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A submission's state against a real Redis: it moves forward only, records each test once, and keeps its verdict. */
class SubmissionTransitionsIT {

    private static final RedisConnections redis = TestRedis.CONNECTIONS;
    private final SubmissionTransitions transitions = TestRedis.transitions();
    private final SubmissionViews views = TestRedis.views();

    private static String id() {
        return TestRedis.id("transitions");
    }

    private static TestResult accepted(int index) {
        return new TestResult(index, Status.ACCEPTED, 0.1, 0.2, 100, 0, null, "x", "", false);
    }

    @Test
    void theStateNeverMovesBack() {
        String id = id();
        transitions.compiled(id, 2, 1_000, 1_100, 50, true, Language.CPP, null, null);
        transitions.compilationStarted(id, 2, 1_000, 1_100);
        assertThat(views.view(id)).contains(new SubmissionView.InFlight(SubmissionState.RUNNING, 0, 2));
        SubmissionProgress p = views.progress(id);
        assertThat(p.language()).isEqualTo(Language.CPP);
        assertThat(p.compileMs()).isEqualTo(50);
        assertThat(p.stopOnFirstFailure()).isTrue();
    }

    @Test
    void eachTestIsRecordedOnceAndCounted() {
        String id = id();
        SubmissionTransitions.Recorded first = transitions.recordTests(id, 2, List.of(accepted(0)), 2_000, 2_100);
        assertThat(first.recordedNow()).containsExactly(0);
        assertThat(first.allDone()).isFalse();
        assertThat(transitions.recordTests(id, 2, List.of(accepted(0)), 1_000, 3_000).recordedNow()).isEmpty();
        SubmissionTransitions.Recorded second = transitions.recordTests(id, 2,
                List.of(accepted(1), new TestResult(0, Status.WRONG_ANSWER, 0, 0, 0, 0, null, "", "", false)), 1_500, 2_500);
        assertThat(second.recordedNow()).containsExactly(1);
        assertThat(second.allDone()).isTrue();
        SubmissionProgress p = views.progress(id);
        assertThat(p.done()).isEqualTo(2);
        assertThat(p.passed()).isEqualTo(2);
        assertThat(p.runStartedAtMs()).as("the earliest start of a chunk recorded").isEqualTo(1_500);
        assertThat(p.runFinishedAtMs()).isEqualTo(2_500);
        assertThat(p.tests()).containsExactlyInAnyOrder(accepted(0), accepted(1));
        assertThat(p.state()).isEqualTo(SubmissionState.RUNNING);
    }

    @Test
    void aVerdictIsSavedWithDoneAndNothingMovesItAfterwards() {
        String id = id();
        transitions.compiled(id, 1, 1_000, 1_100, 50, false, Language.C, null, null);
        Verdict v = new Verdict(id, Status.ACCEPTED, null, null, List.of(accepted(0)), 1, 1, 0.1, 100,
                new Verdict.Timings(100, 50, 100, 1_200));
        transitions.saveVerdict(v);
        transitions.recordTests(id, 1, List.of(accepted(0)), 2_000, 2_100);
        transitions.compilationStarted(id, 1, 1_000, 1_100);
        assertThat(views.view(id)).contains(new SubmissionView.Judged(v));
        assertThat(views.progress(id).state()).isEqualTo(SubmissionState.DONE);
        assertThat(redis.text().ttl(StateKeys.state(id))).isPositive();
    }
}
