package dev.judge.result.aggregate;

import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The edge of result-service: one record of {@code judge.outcomes} in, the aggregator called. */
@Component
class OutcomeListener {

    private final OutcomeAggregator aggregator;

    OutcomeListener(OutcomeAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @KafkaListener(topics = Topics.OUTCOMES, containerFactory = "outcomeListenerFactory")
    void onOutcome(ConsumerRecord<String, PipelineEvent> record) {
        aggregator.apply(record.value());
    }
}
