package dev.judge.result.aggregate;

import dev.judge.kafka.PipelineKafka;
import dev.judge.kafka.UnreadableRecordException;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * The edge of result-service: one event of {@code judge.outcomes} in, the aggregator called. The
 * listener never waits for the broker: an event is acknowledged when what it caused is safe
 * (offsets are committed out of order only up to the first unacknowledged event, and the next
 * poll waits for the previous one's acknowledgements). So every record is acknowledged here,
 * whatever happens to it: an unreadable one, or one whose content makes it fail, goes to the
 * dead-letter topic at once; one that fails for an outage (Redis, the broker) is applied again
 * every two seconds, for up to five minutes, then dead-lettered too.
 */
@Component
class PipelineEventListener {

    private static final Logger log = LoggerFactory.getLogger(PipelineEventListener.class);
    private static final long RETRY_DELAY_MS = 2_000;
    private static final int MAX_ATTEMPTS = 150;

    private final VerdictAggregator aggregator;
    private final DeadLetterPublishingRecoverer deadLetters;

    PipelineEventListener(VerdictAggregator aggregator, DeadLetterPublishingRecoverer resultDeadLetters) {
        this.aggregator = aggregator;
        this.deadLetters = resultDeadLetters;
    }

    @KafkaListener(topics = Topics.OUTCOMES, containerFactory = "pipelineEventListenerFactory")
    void onEvent(ConsumerRecord<String, PipelineEvent> record, Acknowledgment ack) {
        attempt(record, ack, 1);
    }

    private void attempt(ConsumerRecord<String, PipelineEvent> record, Acknowledgment ack, int attempt) {
        CompletableFuture<Void> done;
        try {
            done = aggregator.apply(PipelineKafka.valueOf(record));
        } catch (RuntimeException e) {
            done = CompletableFuture.failedFuture(e);
        }
        done.whenComplete((ok, failure) -> {
            if (failure == null) {
                ack.acknowledge();
                return;
            }
            Throwable cause = failure instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : failure;
            if (PipelineKafka.isContentFailure(cause) || attempt >= MAX_ATTEMPTS) {
                log.error("Event {}-{}@{} dead-lettered after {} attempt(s)", record.topic(), record.partition(),
                        record.offset(), attempt, cause);
                deadLetters.accept(record, cause instanceof Exception e ? e : new UnreadableRecordException(cause.toString()));
                ack.acknowledge();
                return;
            }
            log.warn("Event {} could not be applied yet (attempt {}): {}; trying again", record.key(), attempt, cause.toString());
            CompletableFuture.delayedExecutor(RETRY_DELAY_MS, TimeUnit.MILLISECONDS).execute(() -> attempt(record, ack, attempt + 1));
        });
    }
}
