package dev.judge.result.aggregate;

import dev.judge.model.PipelineEvent;
import dev.judge.kafka.PipelineKafka;
import dev.judge.model.Topics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * The edge of result-service: one event of {@code judge.outcomes} in, the aggregator called. The
 * listener never waits for the broker: an event is acknowledged when what it caused is safe
 * (offsets are committed out of order only up to the first unacknowledged event). If publishing
 * its verdict failed, the event is applied again a little later; it stays unacknowledged until
 * then, so a restart redelivers it.
 */
@Component
class PipelineEventListener {

    private static final Logger log = LoggerFactory.getLogger(PipelineEventListener.class);
    private static final long RETRY_DELAY_MS = 2_000;

    private final VerdictAggregator aggregator;

    PipelineEventListener(VerdictAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @KafkaListener(topics = Topics.OUTCOMES, containerFactory = "pipelineEventListenerFactory")
    void onEvent(ConsumerRecord<String, PipelineEvent> record, Acknowledgment ack) {
        PipelineEvent event = PipelineKafka.valueOf(record);
        acknowledgeWhenSafe(aggregator.apply(event), event, record.key(), ack);
    }

    private void acknowledgeWhenSafe(CompletableFuture<Void> done, PipelineEvent event, String key, Acknowledgment ack) {
        done.whenComplete((ok, failure) -> {
            if (failure == null) {
                ack.acknowledge();
                return;
            }
            log.error("The verdict caused by {} could not be published or saved yet; applying it again", key, failure);
            CompletableFuture.delayedExecutor(RETRY_DELAY_MS, TimeUnit.MILLISECONDS).execute(() -> {
                try {
                    acknowledgeWhenSafe(aggregator.apply(event), event, key, ack);
                } catch (RuntimeException e) {
                    acknowledgeWhenSafe(CompletableFuture.failedFuture(e), event, key, ack);
                }
            });
        });
    }
}
