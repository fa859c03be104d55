package dev.judge.result.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.kafka.DeliveryEdge;
import dev.judge.model.Effects;
import dev.judge.model.Language;
import dev.judge.model.PipelineEvent;
import dev.judge.model.TestResult;
import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.model.SubmissionState;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.state.RedisConnections;
import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionTransitions;
import dev.judge.state.VerdictLease;
import dev.judge.state.SubmissionViews;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.FixedBackOff;

/** The aggregation against a real Redis: idempotent, order-tolerant, one verdict per submission. */
class VerdictAggregatorIT {

    private final List<Verdict> published = new CopyOnWriteArrayList<>();
    private final List<Status> counted = new CopyOnWriteArrayList<>();
    private final List<String> batches = new CopyOnWriteArrayList<>();
    private final ResultObserver observer = new ResultObserver() {
        @Override
        public void verdict(Status status) {
            counted.add(status);
        }

        @Override
        public void batchFinished(Language language, long millis) {
            batches.add(language.wireName() + " " + millis);
        }
    };
    private static final RedisConnections REDIS = new RedisConnections(RedisServer.shared().uri());
    private final SubmissionViews store = new SubmissionViews(REDIS.text());
    private final List<String> broadcast = new CopyOnWriteArrayList<>();
    private final List<Verdict> refused = new CopyOnWriteArrayList<>();
    private volatile boolean brokerDown;
    /** The real edge, to a broker that records verdicts or refuses them. */
    private final DeliveryEdge edge = new DeliveryEdge(p -> {
        Verdict verdict = (Verdict) p.value();
        if (brokerDown) {
            refused.add(verdict);
            return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
        }
        published.add(verdict);
        return CompletableFuture.completedFuture(null);
    }, (record, e) -> { }, new FixedBackOff(0, 0));
    private final VerdictAggregator aggregator = new VerdictAggregator(new SubmissionTransitions(REDIS.text(), Duration.ofMinutes(5)), store, observer,
            event -> broadcast.add(event instanceof ProgressEvent.TestFinished t ? "test " + t.result().index() : "verdict"),
            () -> 10_000, new VerdictLease(REDIS.text(), Duration.ofSeconds(30)));

    /** One event as one poll: what it caused published, then followed up. */
    private void apply(PipelineEvent event) {
        edge.deliverNow(aggregator.apply(event));
    }

    private static PipelineEvent.TestsJudged judged(String id, int index, Status status) {
        return new PipelineEvent.TestsJudged(id, 2, java.util.List.of(new TestResult(index, status, 0.01, 0.02, 1000, 0, null,
                "out", "", false)), 9_000 + index, 9_100 + index);
    }

    @Test
    void aRedeliveredResultChangesNothing() {
        String id = "agg-" + UUID.randomUUID();
        apply(new PipelineEvent.CompilationStarted(id, 2, 1_000, 1_010));
        apply(judged(id, 0, Status.ACCEPTED));
        apply(judged(id, 0, Status.ACCEPTED));
        assertThat(published).isEmpty();
        assertThat(store.progress(id).done()).isEqualTo(1);
        assertThat(store.progress(id).state()).isEqualTo(SubmissionState.RUNNING);
        apply(new PipelineEvent.SubmissionCompiled(id, 2, 1_000, 1_010, 250, false, false, Language.C));
        apply(judged(id, 1, Status.WRONG_ANSWER));
        apply(judged(id, 1, Status.WRONG_ANSWER));
        assertThat(published).hasSize(1);
        Verdict v = published.get(0);
        assertThat(v.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(v.passed()).isEqualTo(1);
        assertThat(v.timings()).isEqualTo(new Verdict.Timings(10, 250, 101, 9_000));
        assertThat(store.verdict(id)).contains(v);
        assertThat(broadcast).containsExactly("test 0", "test 1", "verdict");
        assertThat(batches).as("first run start to last result, once").containsExactly("c 101");
    }

    /** What {@code event} causes when a consumer thread called {@code name} applies it (a lease's holder is its thread). */
    private Effects appliedBy(String name, PipelineEvent event) throws Exception {
        var result = new CompletableFuture<Effects>();
        Thread t = new Thread(() -> {
            try {
                result.complete(aggregator.apply(event));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.start();
        t.join();
        try {
            return result.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void aSecondConsumerDoesNotPublishAVerdictTheFirstIsStillPublishing() throws Exception {
        String id = "agg-" + UUID.randomUUID();
        apply(new PipelineEvent.SubmissionCompiled(id, 1, 1_000, 1_010, 250, false, false, Language.C));
        var last = new PipelineEvent.TestsJudged(id, 1, List.of(new TestResult(0, Status.ACCEPTED, 0.01, 0.02, 1000, 0, null,
                "out", "", false)), 9_000, 9_100);
        Effects first = appliedBy("consumer-1", last);
        assertThat(first.publications()).hasSize(1);

        // The partition moved before consumer-1's verdict was acknowledged: consumer-2 gets the record again.
        assertThatThrownBy(() -> appliedBy("consumer-2", last)).isInstanceOf(VerdictBeingPublished.class)
                .hasMessageContaining(id);
        assertThat(appliedBy("consumer-1", last).publications()).as("the holder's own redelivery").hasSize(1);

        edge.deliverNow(first);
        assertThat(appliedBy("consumer-2", last).publications()).as("recorded by then").isEmpty();
        assertThat(published).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(Status.ACCEPTED));
    }

    @Test
    void aCompileFailureConcludesOnceEvenWhenRedelivered() {
        String id = "agg-" + UUID.randomUUID();
        var failed = new PipelineEvent.CompilationFailed(id, 3, 1_000, 1_000, 500, Status.COMPILATION_ERROR,
                "error: x", null);
        apply(failed);
        apply(failed);
        assertThat(published).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(Status.COMPILATION_ERROR);
            assertThat(v.compileOutput()).isEqualTo("error: x");
        });
        assertThat(counted).containsExactly(Status.COMPILATION_ERROR);
    }

    @Test
    void aDuplicateIdIsAnsweredWithoutTouchingTheFirstSubmission() {
        String id = "agg-" + UUID.randomUUID();
        apply(new PipelineEvent.CompilationStarted(id, 2, 1_000, 1_010));
        apply(new PipelineEvent.SubmissionRejected(id, 1, 2_000, "id already used by a different submission", true));
        assertThat(published).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(Status.REJECTED));
        assertThat(store.verdict(id)).isEmpty();
        assertThat(store.progress(id).state()).isEqualTo(SubmissionState.COMPILING);
    }

    @Test
    void aVerdictTheBrokerRefusedIsNotSavedAndIsPublishedWhenTheEventComesAgain() {
        String id = "agg-" + UUID.randomUUID();
        apply(new PipelineEvent.SubmissionCompiled(id, 2, 1_000, 1_010, 250, false, false, Language.C));
        apply(judged(id, 0, Status.ACCEPTED));
        brokerDown = true;
        assertThatThrownBy(() -> apply(judged(id, 1, Status.ACCEPTED)))
                .hasMessageContaining("broker unreachable");
        assertThat(refused).hasSize(1);
        assertThat(store.verdict(id)).as("saved only once acknowledged").isEmpty();
        assertThat(counted).isEmpty();
        assertThat(broadcast).doesNotContain("verdict");

        brokerDown = false;
        apply(judged(id, 1, Status.ACCEPTED));
        assertThat(published).singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(Status.ACCEPTED));
        assertThat(store.verdict(id)).contains(published.get(0));
        assertThat(counted).containsExactly(Status.ACCEPTED);
    }

    @Test
    void eventsOfOnePollThatEachCompleteASubmissionPublishItsVerdictOnce() {
        String id = "agg-" + UUID.randomUUID();
        String failed = "agg-" + UUID.randomUUID();
        var compileFailed = new PipelineEvent.CompilationFailed(failed, 1, 1_000, 1_000, 500, Status.COMPILATION_ERROR,
                "error: x", null);
        List<PipelineEvent> events = List.of(
                new PipelineEvent.SubmissionCompiled(id, 2, 1_000, 1_010, 250, false, false, Language.C),
                judged(id, 0, Status.ACCEPTED), judged(id, 1, Status.ACCEPTED), judged(id, 1, Status.ACCEPTED),
                new PipelineEvent.SubmissionCompiled(id, 2, 1_000, 1_010, 250, false, false, Language.C),
                compileFailed, compileFailed);
        List<ConsumerRecord<String, PipelineEvent>> poll = new java.util.ArrayList<>();
        for (PipelineEvent e : events) {
            poll.add(new ConsumerRecord<>("judge.outcomes", 0, poll.size(), e.submissionId(), e));
        }
        edge.poll(poll, record -> {
            assertThat(store.verdict(id)).as("not saved before the poll settles").isEmpty();
            return aggregator.apply(record.value());
        });
        assertThat(published).extracting(Verdict::id).containsExactlyInAnyOrder(id, failed);
        assertThat(store.verdict(id)).isPresent();
        assertThat(store.verdict(failed)).isPresent();
        assertThat(broadcast).containsExactly("test 0", "test 1", "verdict", "verdict");
    }
}
