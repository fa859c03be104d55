package dev.judge.result.aggregate;

import dev.judge.model.Topics;
import dev.judge.model.Verdict;
import java.util.concurrent.ExecutionException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes verdicts on {@code judge.verdicts}, keyed by submission id, waiting for {@code acks=all}. */
@Component
class KafkaVerdictSink implements VerdictSink {

    private final KafkaTemplate<String, Object> kafka;

    KafkaVerdictSink(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void publish(Verdict verdict) {
        try {
            kafka.send(Topics.VERDICTS, verdict.id(), verdict).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing a verdict", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing a verdict failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
