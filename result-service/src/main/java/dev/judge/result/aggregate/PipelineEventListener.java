package dev.judge.result.aggregate;

import dev.judge.kafka.PipelineKafka;
import dev.judge.kafka.PollHandling;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The edge of result-service: a poll of {@code judge.outcomes} in, the aggregator called per event. */
@Component
class PipelineEventListener {

    private final VerdictAggregator aggregator;

    PipelineEventListener(VerdictAggregator aggregator) {
        this.aggregator = aggregator;
    }

    @KafkaListener(topics = Topics.OUTCOMES, containerFactory = "pipelineEventListenerFactory")
    void onEvents(List<ConsumerRecord<String, PipelineEvent>> records) {
        PollHandling.inOrder(records, (record, deliveries) -> aggregator.apply(PipelineKafka.valueOf(record), deliveries));
    }
}
