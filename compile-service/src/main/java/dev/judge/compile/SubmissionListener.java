package dev.judge.compile;

import dev.judge.compile.stage.CompileStage;
import dev.judge.kafka.DeliveryEdge;
import dev.judge.model.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The edge of compile-service: a poll of {@code judge.submissions} in, the plain compile stage
 * called per record, and what it returns delivered by the {@link DeliveryEdge}.
 */
@Component
class SubmissionListener {

    private final CompileStage stage;
    private final DeliveryEdge edge;

    SubmissionListener(CompileStage stage, DeliveryEdge edge) {
        this.stage = stage;
        this.edge = edge;
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, containerFactory = "submissionListenerFactory")
    void onSubmissions(List<ConsumerRecord<String, String>> records) {
        edge.poll(records, record -> stage.accept(record.key(), record.value(), record.timestamp()));
    }
}
