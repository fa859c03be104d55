package dev.judge.result.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.result.aggregate.Verdicts;
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

/** Restoring verdicts after a Redis restart, against a real Redis of the test's own. */
class StateRebuildIT {

    private static final Duration TTL = Duration.ofHours(24);
    private static final long NOW = 1_800_000_000_000L;

    private final RedisServer redis = RedisServer.startPrivate();
    private final RedisConnections connections = new RedisConnections(redis.uri());
    private final SubmissionTransitions store = new SubmissionTransitions(connections.text(), TTL);
    private final SubmissionViews views = new SubmissionViews(connections.text());
    private final StateEpoch epoch = new StateEpoch(connections);
    private final List<ProgressEvent> announced = new ArrayList<>();

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
        }), announced::add, TTL, () -> NOW);
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
        }, announced::add, TTL, () -> NOW);
        assertThatThrownBy(failing::rebuildIfNeeded).hasMessageContaining("broker unreachable");
        assertThat(epoch.claimRebuild()).as("the failed rebuild gave its claim back").isPresent();
    }
}
