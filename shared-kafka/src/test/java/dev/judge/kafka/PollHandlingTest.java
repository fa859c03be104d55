package dev.judge.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** A poll's records handled in order, their sends waited for once, failures reported by record. */
class PollHandlingTest {

    private final List<String> followedUp = new ArrayList<>();

    private static List<ConsumerRecord<String, String>> poll(String... values) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            records.add(new ConsumerRecord<>("judge.outcomes", 3, 100 + i, "k" + i, values[i]));
        }
        return records;
    }

    @Test
    void followUpsRunInRecordOrderOnlyAfterTheirSendsAreAcknowledged() {
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        PollHandling.inOrder(poll("a", "b", "c"), (record, deliveries) -> {
            CompletableFuture<Void> sent = new CompletableFuture<>();
            sends.add(sent);
            deliveries.add(sent, () -> followedUp.add(record.value()));
            assertThat(followedUp).as("nothing followed up while the poll is handled").isEmpty();
            if (record.value().equals("c")) {
                sends.forEach(s -> s.complete(null));
            }
        });
        assertThat(followedUp).containsExactly("a", "b", "c");
    }

    @Test
    void aFailingRecordIsNamedAndTheRecordsBeforeItAreSettledFirst() {
        IllegalArgumentException bad = new IllegalArgumentException("no such test index");
        assertThatThrownBy(() -> PollHandling.inOrder(poll("a", "b", "c"), (record, deliveries) -> {
            if (record.value().equals("b")) {
                throw bad;
            }
            deliveries.add(CompletableFuture.completedFuture(null), () -> followedUp.add(record.value()));
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
            assertThat(e.getRecord()).isNotNull();
            assertThat(e.getRecord().offset()).isEqualTo(101);
            assertThat(e.getCause()).isSameAs(bad);
            assertThat(e.getMessage()).contains("judge.outcomes-3@101", "no such test index");
        });
        assertThat(followedUp).containsExactly("a");
    }

    @Test
    void aRefusedSendNamesItsRecordAndOnlyItLosesItsFollowUp() {
        IllegalStateException down = new IllegalStateException("broker unreachable");
        assertThatThrownBy(() -> PollHandling.inOrder(poll("a", "b", "c"), (record, deliveries) -> {
            CompletableFuture<Void> sent = record.value().equals("b") ? CompletableFuture.failedFuture(down)
                    : CompletableFuture.completedFuture(null);
            deliveries.add(sent, () -> followedUp.add(record.value()));
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
            assertThat(e.getRecord().offset()).isEqualTo(101);
            assertThat(e.getCause()).isSameAs(down);
        });
        assertThat(followedUp).as("c was acknowledged: its follow-up runs, so its redelivery changes nothing")
                .containsExactly("a", "c");
    }

    @Test
    void aFailedFollowUpCountsAsAFailedDelivery() {
        assertThatThrownBy(() -> PollHandling.inOrder(poll("a"), (record, deliveries) ->
                deliveries.add(CompletableFuture.completedFuture(null), () -> {
                    throw new IllegalStateException("redis unreachable");
                }))).isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getCause()).hasMessage("redis unreachable"));
    }

    @Test
    void aKeyIsClaimedOncePerPoll() {
        List<Boolean> claims = new ArrayList<>();
        PollHandling.inOrder(poll("a", "b", "c"), (record, deliveries) -> claims.add(deliveries.claim("submission-1")));
        assertThat(claims).containsExactly(true, false, false);
        PollHandling.inOrder(poll("a"), (record, deliveries) -> claims.add(deliveries.claim("submission-1")));
        assertThat(claims).as("a new poll starts with no claims").endsWith(true);
    }
}
