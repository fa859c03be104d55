package dev.judge.result.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.Effects;
import dev.judge.model.Language;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Status;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.result.aggregate.VerdictAggregator;
import dev.judge.result.aggregate.Verdicts;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.state.ProgressEvent;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateEpoch;
import dev.judge.state.StateKeys;
import dev.judge.state.SubmissionTransitions;
import dev.judge.state.SubmissionViews;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Restoring verdicts after a Redis restart, and the results of submissions in flight (a submission
 * in several chunks whose first chunk's results Redis lost gets its verdict, once, from the replay
 * of {@code judge.outcomes}), against a real Redis of the test's own.
 */
class StateRebuildIT {

    private static final Duration TTL = Duration.ofHours(24);
    private static final long NOW = 1_800_000_000_000L;

    private final RedisServer redis = RedisServer.startPrivate();
    private final RedisConnections connections = new RedisConnections(redis.uri());
    private final SubmissionTransitions store = new SubmissionTransitions(connections.text(), TTL);
    private final SubmissionViews views = new SubmissionViews(connections.text());
    private final StateEpoch epoch = new StateEpoch(connections);
    private final List<ProgressEvent> announced = new ArrayList<>();
    /** Nothing on judge.outcomes, for the tests about verdicts. */
    private final OutcomeReplay noEvents = new OutcomeReplay((from, reader) -> { }, id -> false, e -> Effects.none(), e -> { });
    private final VerdictAggregator aggregator = new VerdictAggregator(store, views, new ResultObserver() {
        @Override
        public void verdict(Status status) {
        }

        @Override
        public void batchFinished(Language language, long millis) {
        }
    }, event -> { }, () -> NOW, new dev.judge.state.VerdictLease(connections.text(), java.time.Duration.ofSeconds(30)));
    /** What reached judge.verdicts in the tests of in-flight submissions. */
    private final List<Verdict> published = new ArrayList<>();
    /** judge.outcomes, in order. */
    private final List<PipelineEvent> outcomes = new ArrayList<>();

    @AfterEach
    void stop() {
        connections.close();
        redis.stop();
    }

    private static Verdict verdict(String id, Status status) {
        return Verdicts.early(id, status, null, null, 1, new Verdict.Timings(0, 0, 0, 0));
    }

    private StateRebuild rebuild(List<Verdict> onTopic, long publishedAt) {
        return new StateRebuild(epoch, store, (from, reader) -> onTopic.forEach(v -> {
            if (publishedAt >= from) {
                reader.read(v, publishedAt);
            }
        }), announced::add, noEvents, TTL, () -> NOW);
    }

    @Test
    void aVerdictTheStateLostIsPutBackAndAnnouncedAndOneItHasIsLeftAlone() {
        String lost = "lost-" + UUID.randomUUID();
        String kept = "kept-" + UUID.randomUUID();
        store.saveVerdict(verdict(kept, Status.WRONG_ANSWER));
        StateRebuild rebuild = rebuild(List.of(verdict(lost, Status.ACCEPTED), verdict(kept, Status.ACCEPTED)), NOW - 60_000);

        assertThat(rebuild.rebuildIfNeeded()).isEqualTo(1);
        assertThat(views.verdict(lost)).map(Verdict::status).contains(Status.ACCEPTED);
        assertThat(views.progress(lost).hasVerdict()).isTrue();
        assertThat(views.verdict(kept)).map(Verdict::status).contains(Status.WRONG_ANSWER);
        assertThat(announced).hasSize(1);
        long ttl = connections.text().ttl(StateKeys.state(lost));
        assertThat(ttl).as("what is left of 24 h a minute after it was published").isBetween(TTL.toSeconds() - 120, TTL.toSeconds() - 60);
    }

    @Test
    void onceRebuiltTheSameRedisIsNotRebuiltAgainUntilItsDataIsReplaced() {
        StateRebuild rebuild = rebuild(List.of(verdict("x-" + UUID.randomUUID(), Status.ACCEPTED)), NOW);
        rebuild.rebuildIfNeeded();
        assertThat(epoch.claimRebuild()).as("the same Redis process, already rebuilt").isEmpty();

        connections.text().del(StateKeys.stateEpoch(0));   // as after a restart without data
        assertThat(epoch.claimRebuild()).isPresent();
        connections.text().set(StateKeys.stateEpoch(0), "an older process");   // as after a restart with data
        assertThat(epoch.claimRebuild()).isPresent();
    }

    @Test
    void aVerdictOlderThanTheStatesTimeToLiveIsNotRestored() {
        String old = "old-" + UUID.randomUUID();
        rebuild(List.of(verdict(old, Status.ACCEPTED)), NOW - TTL.toMillis() - 1).rebuildIfNeeded();
        assertThat(views.exists(old)).isFalse();
    }

    @Test
    void aRebuildThatFailsIsTriedAgain() {
        StateRebuild failing = new StateRebuild(epoch, store, (from, reader) -> {
            throw new IllegalStateException("broker unreachable");
        }, announced::add, noEvents, TTL, () -> NOW);
        assertThatThrownBy(failing::rebuildIfNeeded).hasMessageContaining("broker unreachable");
        assertThat(epoch.claimRebuild()).as("the failed rebuild gave its claim back").isPresent();
    }

    private void deliver(Effects effects) {
        effects.values().forEach(v -> published.add((Verdict) v));
        effects.afterAcknowledged().forEach(Runnable::run);
    }

    /** One event on the topic, handled by the listener. */
    private void handled(PipelineEvent event) {
        outcomes.add(event);
        deliver(aggregator.apply(event));
    }

    /** The rebuild of a submission's state: the verdicts published, then judge.outcomes for those without one. */
    private StateRebuild rebuildWithOutcomes() {
        OutcomeReplay replay = new OutcomeReplay((from, reader) -> List.copyOf(outcomes).forEach(reader), views::hasVerdict,
                aggregator::apply, this::deliver);
        return new StateRebuild(epoch, store, (from, reader) -> published.forEach(v -> reader.read(v, NOW)),
                event -> { }, replay, TTL, () -> NOW);
    }

    private static PipelineEvent.TestsJudged chunk(String id, int... indices) {
        List<TestResult> results = new ArrayList<>();
        for (int i : indices) {
            results.add(new TestResult(i, Status.ACCEPTED, 0.01, 0.02, 1000, 0, null, "out", "", false));
        }
        return new PipelineEvent.TestsJudged(id, 3, results, 9_000, 9_100);
    }

    @Test
    void aSubmissionWhoseFirstChunkRedisLostGetsItsVerdictOnceFromTheReplay() {
        String id = "chunked-" + UUID.randomUUID();
        handled(new PipelineEvent.SubmissionCompiled(id, 3, 1_000, 1_010, 250, false, false, Language.PYTHON));
        handled(chunk(id, 0, 1));
        connections.text().flushall();   // Redis restarted empty
        handled(chunk(id, 2));
        assertThat(views.progress(id).state()).as("before the replay").isEqualTo(SubmissionState.RUNNING);
        assertThat(published).isEmpty();

        rebuildWithOutcomes().rebuildIfNeeded();

        assertThat(published).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.ACCEPTED);
            assertThat(v.passed()).isEqualTo(3);
            assertThat(v.timings().compileMs()).as("the compile event was replayed too").isEqualTo(250);
        });
        assertThat(views.verdict(id)).contains(published.get(0));

        connections.text().del(StateKeys.stateEpoch(0));   // as after a second restart, with the data this time
        rebuildWithOutcomes().rebuildIfNeeded();
        assertThat(published).as("a submission with its verdict is not concluded again").hasSize(1);
    }

    @Test
    void onlyEventsThatBuildAStateAreReplayedAndNoneOfAJudgedSubmission() {
        String judged = "judged-" + UUID.randomUUID();
        String failed = "failed-" + UUID.randomUUID();
        String inFlight = "in-flight-" + UUID.randomUUID();
        handled(new PipelineEvent.SubmissionCompiled(judged, 3, 1_000, 1_010, 250, false, false, Language.PYTHON));
        handled(chunk(judged, 0, 1, 2));
        handled(new PipelineEvent.SubmissionRejected(judged, 1, 2_000, "id already used by a different submission", true));
        handled(new PipelineEvent.CompilationFailed(failed, 1, 1_000, 1_000, 500, Status.COMPILATION_ERROR, "error: x", null));
        handled(new PipelineEvent.CompilationStarted(inFlight, 3, 1_000, 1_010));
        int verdicts = published.size();
        connections.text().flushall();

        rebuildWithOutcomes().rebuildIfNeeded();

        assertThat(published).as("the verdicts restored, none published again").hasSize(verdicts);
        assertThat(views.progress(judged).tests()).as("a judged submission's events are not applied again").isEmpty();
        assertThat(views.verdict(failed)).map(Verdict::status).contains(Status.COMPILATION_ERROR);
        assertThat(views.progress(inFlight).state()).as("rebuilt from its events").isEqualTo(SubmissionState.COMPILING);
    }
}
