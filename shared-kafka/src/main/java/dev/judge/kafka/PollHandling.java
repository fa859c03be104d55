package dev.judge.kafka;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * How a batch listener handles one poll: its records in order, each one's sends collected in
 * {@link Deliveries} and waited for once, after the last record, instead of a wait for the
 * broker's acknowledgement per record. When a record fails (or a send of it does), the records
 * before it are settled and the failure is reported with that record, so the declared error
 * handler commits what came before it, retries or dead-letters it, and delivers the rest again.
 */
public final class PollHandling {

    private PollHandling() {
    }

    /** Handles one record; what it publishes goes through {@code deliveries}. */
    @FunctionalInterface
    public interface RecordHandler<V> {

        void handle(ConsumerRecord<String, V> record, Deliveries deliveries) throws Exception;
    }

    /**
     * Handles the poll's records in order and returns once everything they published is
     * acknowledged and followed up.
     *
     * @throws BatchListenerFailedException naming the first record that failed
     */
    public static <V> void inOrder(List<ConsumerRecord<String, V>> records, RecordHandler<V> handler) {
        Deliveries deliveries = new Deliveries();
        for (int i = 0; i < records.size(); i++) {
            deliveries.begin(i);
            try {
                handler.handle(records.get(i), deliveries);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                Deliveries.Failure earlier = deliveries.settle(i);
                throw earlier != null ? failed(records, earlier, "publishing")
                        : failed(records, new Deliveries.Failure(i, e), "handling");
            }
        }
        Deliveries.Failure failure = deliveries.settle(records.size());
        if (failure != null) {
            throw failed(records, failure, "publishing");
        }
    }

    private static BatchListenerFailedException failed(List<? extends ConsumerRecord<String, ?>> records,
            Deliveries.Failure failure, String what) {
        ConsumerRecord<String, ?> record = records.get(failure.position());
        return new BatchListenerFailedException(what + " " + record.topic() + "-" + record.partition() + "@"
                + record.offset() + " failed: " + failure.cause().getMessage(), failure.cause(), record);
    }
}
