package dev.judge.compile.stage;

import dev.judge.kafka.PollHandling;
import dev.judge.model.Topics;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The edge of compile-service: a poll of {@code judge.submissions} in, the plain compile stage called per record. */
@Component
class SubmissionListener {

    private final CompileStage stage;

    SubmissionListener(CompileStage stage) {
        this.stage = stage;
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, containerFactory = "submissionListenerFactory")
    void onSubmissions(List<ConsumerRecord<String, String>> records) {
        PollHandling.inOrder(records,
                (record, deliveries) -> stage.accept(record.key(), record.value(), record.timestamp(), deliveries));
    }
}
