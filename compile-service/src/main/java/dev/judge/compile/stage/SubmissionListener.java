package dev.judge.compile.stage;

import dev.judge.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The edge of compile-service: a record of {@code judge.submissions} in, the plain compile stage called. */
@Component
class SubmissionListener {

    private final CompileStage stage;

    SubmissionListener(CompileStage stage) {
        this.stage = stage;
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, containerFactory = "submissionListenerFactory")
    void onSubmission(ConsumerRecord<String, String> record) throws InterruptedException {
        stage.accept(record.key(), record.value(), record.timestamp());
    }
}
