package dev.judge.result;

import dev.judge.kafka.DeliveryEdge;
import dev.judge.kafka.PipelineKafka;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import dev.judge.result.aggregate.VerdictAggregator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The edge of result-service: a poll of {@code judge.outcomes} in, the aggregator called per
 * event, and the verdicts it returns delivered by the {@link DeliveryEdge}.
 */
@Component
class PipelineEventListener {

    private final VerdictAggregator aggregator;
    private final DeliveryEdge edge;

    PipelineEventListener(VerdictAggregator aggregator, DeliveryEdge edge) {
        this.aggregator = aggregator;
        this.edge = edge;
    }

    @KafkaListener(topics = Topics.OUTCOMES, containerFactory = "pipelineEventListenerFactory")
    void onEvents(List<ConsumerRecord<String, PipelineEvent>> records) {
        edge.poll(records, record -> aggregator.apply(PipelineKafka.valueOf(record)));
    }
}
