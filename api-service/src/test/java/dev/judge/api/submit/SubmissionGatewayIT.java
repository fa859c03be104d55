package dev.judge.api.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.LanguageCatalog;
import dev.judge.model.Submission;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.SubmissionState;
import dev.judge.state.RedisConnections;
import dev.judge.state.SubmissionIds;
import dev.judge.state.SubmissionViews;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The HTTP way in against a real Redis: checks, back-pressure, id conflicts; publishing recorded. */
class SubmissionGatewayIT {

    private static final RedisConnections redis = new RedisConnections(RedisServer.shared().uri());

    private final List<Submission> published = new CopyOnWriteArrayList<>();
    private final AtomicLong backlog = new AtomicLong();
    private final SubmissionViews store = new SubmissionViews(redis.text());
    private final SubmissionGateway gateway = new SubmissionGateway(new SubmissionValidator(LanguageCatalog.defaults()),
            new SubmissionIds(redis.text(), Duration.ofMinutes(5)), published::add, topic -> backlog.get(), 100);

    private static Submission submission(String id, String source) {
        return new Submission(id, "python", source, List.of(new Submission.TestCase("", "")), null, null, null, null, null, null);
    }

    @Test
    void anAcceptedSubmissionIsQueuedThenPublished() {
        String id = "gw-" + UUID.randomUUID();
        gateway.submit(submission(id, "print(1)"));
        assertThat(published).extracting(Submission::id).containsExactly(id);
        assertThat(store.progress(id).state()).isEqualTo(SubmissionState.QUEUED);
    }

    @Test
    void aBacklogOverTheThresholdRefusesNewSubmissions() {
        backlog.set(101);
        assertThatThrownBy(() -> gateway.submit(submission("gw-" + UUID.randomUUID(), "print(1)")))
                .isInstanceOfSatisfying(SubmissionRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRejectedException.Reason.OVERLOADED));
        assertThat(published).isEmpty();
    }

    @Test
    void theSameIdWithAnotherBodyConflictsAndTheSameBodyIsAcceptedAgain() {
        String id = "gw-" + UUID.randomUUID();
        gateway.submit(submission(id, "print(1)"));
        gateway.submit(submission(id, "print(1)"));
        assertThatThrownBy(() -> gateway.submit(submission(id, "print(2)")))
                .isInstanceOfSatisfying(SubmissionRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SubmissionRejectedException.Reason.CONFLICT));
        assertThat(published).hasSize(2);
    }

    @Test
    void anInvalidSubmissionNamesTheField() {
        assertThatThrownBy(() -> gateway.submit(new Submission("x", "python", "", List.of(), null, null, null, null, null, null)))
                .isInstanceOfSatisfying(SubmissionRejectedException.class, e -> assertThat(e.problems())
                        .extracting(dev.judge.model.Problem::field).contains("source", "tests"));
    }
}
