package dev.judge.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Effects;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The delivery guarantees, tested once for every stage: what a record caused is followed up only
 * once acknowledged, a failure names its record, retries are bounded by the back-off and end in
 * the dead-letter topic, and a record is acknowledged only once its effects are safe.
 */
class DeliveryEdgeTest {

    /** Values the broker refuses until told otherwise, by value. */
    private final Map<Object, Integer> refusals = new ConcurrentHashMap<>();
    private final List<Object> sent = new CopyOnWriteArrayList<>();
    private final List<String> followedUp = new CopyOnWriteArrayList<>();
    private final List<String> deadLettered = new CopyOnWriteArrayList<>();
    private final DeliveryEdge edge = new DeliveryEdge(p -> {
        Integer left = refusals.computeIfPresent(p.value(), (v, n) -> n - 1);
        if (left != null && left >= 0) {
            return CompletableFuture.failedFuture(new IllegalStateException("broker unreachable"));
        }
        sent.add(p.value());
        return CompletableFuture.completedFuture(null);
    }, (record, e) -> deadLettered.add(record.offset() + ": " + e.getMessage()), new FixedBackOff(10, 3));

    @AfterEach
    void close() {
        edge.close();
    }

    private static List<ConsumerRecord<String, String>> poll(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            records.add(new ConsumerRecord<>("judge.outcomes", 3, 100 + i, "k" + i, values[i]));
        }
        return records;
    }

    private Effects publishAndNote(String value) {
        return Effects.publish("judge.verdicts", value, value).then(() -> followedUp.add(value));
    }

    @Test
    void aPollsSendsAreWaitedForOnceAndFollowedUpInRecordOrderAfterTheirAcknowledgement() {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        DeliveryEdge slowBroker = new DeliveryEdge(p -> {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.add(ack);
            if (acks.size() == 3) {   // the broker answers once the poll's last record was sent
                acks.forEach(a -> a.complete(null));
            }
            return ack;
        }, (record, e) -> { }, new FixedBackOff(10, 3));
        slowBroker.poll(poll("a", "b", "c"), record -> {
            assertThat(followedUp).as("nothing followed up while the poll is handled").isEmpty();
            return publishAndNote(record.value());
        });
        assertThat(followedUp).containsExactly("a", "b", "c");
    }

    @Test
    void aRecordThatFailsIsNamedAndTheRecordsBeforeItAreSettledFirst() {
        IllegalArgumentException bad = new IllegalArgumentException("no such test index");
        assertThatThrownBy(() -> edge.poll(poll("a", "b", "c"), record -> {
            if (record.value().equals("b")) {
                throw bad;
            }
            return publishAndNote(record.value());
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
            assertThat(e.getRecord().offset()).isEqualTo(101);
            assertThat(e.getCause()).isSameAs(bad);
            assertThat(e.getMessage()).contains("judge.outcomes-3@101", "no such test index");
        });
        assertThat(followedUp).containsExactly("a");
    }

    @Test
    void aRefusedSendNamesItsRecordAndOnlyItLosesItsFollowUp() {
        refusals.put("b", 1);
        assertThatThrownBy(() -> edge.poll(poll("a", "b", "c"), record -> publishAndNote(record.value())))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord().offset()).isEqualTo(101);
                    assertThat(e.getCause()).hasMessage("broker unreachable");
                });
        assertThat(followedUp).as("c was acknowledged: its follow-up runs, so its redelivery changes nothing")
                .containsExactly("a", "c");
    }

    @Test
    void aRecordIsFollowedUpOnlyWhenAllItsSendsWereAcknowledged() {
        refusals.put("second", 1);
        assertThatThrownBy(() -> edge.poll(poll("a"), record -> Effects.publish("judge.runs", "k", "first")
                .and(Effects.publish("judge.outcomes", "k", "second")).then(() -> followedUp.add("dispatched"))))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(followedUp).isEmpty();
    }

    @Test
    void aFailedFollowUpCountsAsAFailedDelivery() {
        assertThatThrownBy(() -> edge.poll(poll("a"), record -> Effects.publish("judge.verdicts", "k", "v").then(() -> {
            throw new IllegalStateException("redis unreachable");
        }))).isInstanceOfSatisfying(BatchListenerFailedException.class,
                e -> assertThat(e.getCause()).hasMessage("redis unreachable"));
    }

    @Test
    void effectsAboutTheSameSubjectArePublishedOncePerPoll() {
        edge.poll(poll("a", "b", "c"), record -> publishAndNote(record.value()).oncePerPoll("submission-1"));
        assertThat(sent).containsExactly("a");
        assertThat(followedUp).containsExactly("a");
        edge.poll(poll("d"), record -> publishAndNote(record.value()).oncePerPoll("submission-1"));
        assertThat(sent).as("a new poll starts with no subjects").containsExactly("a", "d");
        edge.poll(poll("e", "f"), record -> publishAndNote(record.value()));
        assertThat(sent).as("effects without a subject are all published").endsWith("e", "f");
    }

    @Test
    void aRecordWhoseEffectsComeLaterIsAcknowledgedOnlyOnceTheyAreAcknowledged() {
        AtomicInteger acknowledged = new AtomicInteger();
        CompletableFuture<Effects> running = new CompletableFuture<>();
        edge.whenDone(poll("chunk").get(0), acknowledged::incrementAndGet, running);
        assertThat(acknowledged).as("still running: not acknowledged").hasValue(0);
        running.complete(publishAndNote("results"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(acknowledged).hasValue(1));
        assertThat(sent).containsExactly("results");
        assertThat(followedUp).containsExactly("results");
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void aRefusedSendIsRetriedWithTheBackOffAndTheRecordAcknowledgedOnceItGoesThrough() {
        refusals.put("results", 2);
        AtomicInteger acknowledged = new AtomicInteger();
        edge.whenDone(poll("chunk").get(0), acknowledged::incrementAndGet,
                CompletableFuture.completedFuture(publishAndNote("results")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(acknowledged).hasValue(1));
        assertThat(sent).containsExactly("results");
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void retriesAreBoundedByTheBackOffThenTheRecordIsDeadLetteredAndAcknowledged() {
        refusals.put("results", Integer.MAX_VALUE);
        AtomicInteger acknowledged = new AtomicInteger();
        edge.whenDone(poll("chunk").get(0), acknowledged::incrementAndGet,
                CompletableFuture.completedFuture(publishAndNote("results")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(acknowledged).hasValue(1));
        assertThat(deadLettered).containsExactly("100: broker unreachable");
        assertThat(refusals.get("results")).as("the first send and three retries, no more")
                .isEqualTo(Integer.MAX_VALUE - 4);
        assertThat(followedUp).isEmpty();
    }

    @Test
    void aStageWhoseWorkFailedHasItsRecordDeadLetteredAtOnce() {
        AtomicInteger acknowledged = new AtomicInteger();
        edge.whenDone(poll("chunk").get(0), acknowledged::incrementAndGet,
                CompletableFuture.failedFuture(new UnreadableRecordException("no tests in the chunk")));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(acknowledged).hasValue(1));
        assertThat(deadLettered).containsExactly("100: no tests in the chunk");
    }

    @Test
    void aRecordTheDeadLetterTopicRefusesStaysUnacknowledged() throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        CompletableFuture<Void> attempted = new CompletableFuture<>();
        DeliveryEdge noDeadLetters = new DeliveryEdge(p -> CompletableFuture.completedFuture(null), (record, e) -> {
            attempted.complete(null);
            throw new IllegalStateException("dead-letter topic unreachable");
        }, new FixedBackOff(10, 1));
        try {
            noDeadLetters.whenDone(poll("chunk").get(0), acknowledged::incrementAndGet,
                    CompletableFuture.failedFuture(new IllegalStateException("boom")));
            attempted.get(5, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(acknowledged).hasValue(0);
        } finally {
            noDeadLetters.close();
        }
    }

    @Test
    void deliverNowReturnsOnlyOnceAcknowledgedAndSaysWhyItFailed() {
        edge.deliverNow(publishAndNote("submission"));
        assertThat(sent).containsExactly("submission");
        assertThat(followedUp).containsExactly("submission");
        refusals.put("other", 1);
        assertThatThrownBy(() -> edge.deliverNow(publishAndNote("other")))
                .isInstanceOf(IllegalStateException.class).hasMessage("publishing failed: broker unreachable");
        assertThat(followedUp).containsExactly("submission");
    }
}
