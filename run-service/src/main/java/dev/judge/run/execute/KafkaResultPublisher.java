package dev.judge.run.execute;

import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import java.util.concurrent.ExecutionException;
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
        try {
            kafka.send(Topics.OUTCOMES, result.submissionId(), result).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a result", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing a result failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
