package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one id rule, against a real Redis: an id is its first body's, whichever way each came. */
class SubmissionIdsIT {

    private static final RedisConnections redis = TestRedis.CONNECTIONS;
    private final SubmissionIds ids = TestRedis.ids();
    private final SubmissionTransitions transitions = TestRedis.transitions();
    private final SubmissionViews views = TestRedis.views();

    private static String id() {
        return TestRedis.id("ids");
    }

    @Test
    void aRecordClaimsANewIdAndIsToldWhenItWasResentOrTheIdIsAnotherBodys() {
        String id = id();
        assertThat(ids.claim(id, "d1")).isEqualTo(SubmissionIds.Claim.NEW);
        assertThat(ids.claim(id, "d1")).isEqualTo(SubmissionIds.Claim.SAME_BODY_UNFINISHED);
        ids.markDispatched(id);
        assertThat(ids.claim(id, "d1")).isEqualTo(SubmissionIds.Claim.SAME_BODY_DISPATCHED);
        assertThat(ids.claim(id, "d2")).isEqualTo(SubmissionIds.Claim.OTHER_BODY);
        assertThat(redis.text().ttl(StateKeys.submission(id))).isPositive();
        assertThat(redis.text().ttl(StateKeys.dispatched(id))).isPositive();
    }

    @Test
    void theApiQueuesANewIdAndKnowsItsOwnBodyAgain() {
        String id = id();
        assertThat(ids.queue(id, "digest")).isEqualTo(SubmissionIds.Queued.NEW);
        assertThat(views.view(id)).contains(new SubmissionView.InFlight(dev.judge.model.SubmissionState.QUEUED, 0, 0));
        assertThat(ids.queue(id, "digest")).isEqualTo(SubmissionIds.Queued.SAME_BODY);
        assertThat(ids.queue(id, "other")).isEqualTo(SubmissionIds.Queued.OTHER_BODY);
        assertThat(redis.text().ttl(StateKeys.state(id))).isPositive();
    }

    @Test
    void anIdFirstUsedThroughKafkaCannotBeTakenOverHttpByAnotherBody() {
        String id = id();
        assertThat(ids.claim(id, "kafka-body")).isEqualTo(SubmissionIds.Claim.NEW);
        transitions.compilationStarted(id, 1, 1_000, 1_001);
        assertThat(ids.queue(id, "http-body")).isEqualTo(SubmissionIds.Queued.OTHER_BODY);
        assertThat(ids.queue(id, "kafka-body")).as("the same body, resent over HTTP").isEqualTo(SubmissionIds.Queued.SAME_BODY);
    }

    @Test
    void anIdFirstQueuedOverHttpCannotBeTakenThroughKafkaByAnotherBody() {
        String id = id();
        assertThat(ids.queue(id, "http-body")).isEqualTo(SubmissionIds.Queued.NEW);
        assertThat(ids.claim(id, "kafka-body")).as("a producer's record racing the API's").isEqualTo(SubmissionIds.Claim.OTHER_BODY);
        assertThat(ids.claim(id, "http-body")).as("the API's own record").isEqualTo(SubmissionIds.Claim.NEW);
        assertThat(ids.claim(id, "http-body")).isEqualTo(SubmissionIds.Claim.SAME_BODY_UNFINISHED);
    }

    @Test
    void anIdWhoseStateOutlivedItsOwnersDigestStaysTaken() {
        String id = id();
        transitions.compilationStarted(id, 1, 1_000, 1_001);
        assertThat(ids.queue(id, "http-body")).as("known to the pipeline, not to the API").isEqualTo(SubmissionIds.Queued.OTHER_BODY);
        assertThat(ids.claim(id, "kafka-body")).isEqualTo(SubmissionIds.Claim.OTHER_BODY);
        assertThat(redis.text().exists(StateKeys.submission(id))).isZero();
    }

    @Test
    void aForgottenQueuedIdIsFreeAgain() {
        String id = id();
        ids.queue(id, "first");
        ids.forget(id);
        assertThat(views.exists(id)).isFalse();
        assertThat(ids.queue(id, "second")).isEqualTo(SubmissionIds.Queued.NEW);
        assertThat(redis.text().hgetall(StateKeys.state(id))).containsAllEntriesOf(Map.of("digest", "second", "state", "QUEUED"));
    }
}
