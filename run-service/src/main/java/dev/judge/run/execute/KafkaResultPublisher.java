package dev.judge.run.execute;

import dev.judge.kafka.PipelineKafka;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes results on {@code judge.outcomes} keyed by submission id, waiting for {@code acks=all}. */
@Component
class KafkaResultPublisher implements ResultPublisher {

    private final KafkaTemplate<String, Object> kafka;

    KafkaResultPublisher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void publish(PipelineEvent.TestCaseJudged result) {
        PipelineKafka.sendAndWait(kafka, Topics.OUTCOMES, result.submissionId(), result);
    }
}
