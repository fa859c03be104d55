package dev.judge.compile.intake;

import dev.judge.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The edge of compile-service: a record of {@code judge.submissions} in, the plain intake called. */
@Component
class SubmissionListener {

    private final SubmissionIntake intake;

    SubmissionListener(SubmissionIntake intake) {
        this.intake = intake;
    }

    @KafkaListener(topics = Topics.SUBMISSIONS, containerFactory = "submissionListenerFactory")
    void onSubmission(ConsumerRecord<String, String> record) throws InterruptedException {
        intake.accept(record.key(), record.value(), record.timestamp());
    }
}
