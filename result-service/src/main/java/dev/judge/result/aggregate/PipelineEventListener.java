package dev.judge.result.aggregate;

import dev.judge.model.PipelineEvent;
import dev.judge.kafka.PipelineKafka;
import dev.judge.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The edge of result-service: one event of {@code judge.outcomes} in, the aggregator called. */
@Component
class PipelineEventListener {

    private final VerdictAggregator aggregator;

    PipelineEventListener(VerdictAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @KafkaListener(topics = Topics.OUTCOMES, containerFactory = "pipelineEventListenerFactory")
    void onEvent(ConsumerRecord<String, PipelineEvent> record) {
        aggregator.apply(PipelineKafka.valueOf(record));
    }
}
