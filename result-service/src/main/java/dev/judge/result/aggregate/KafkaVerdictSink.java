package dev.judge.result.aggregate;

import dev.judge.kafka.PipelineKafka;
import dev.judge.model.Topics;
import dev.judge.model.Verdict;
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
        PipelineKafka.sendAndWait(kafka, Topics.VERDICTS, verdict.id(), verdict);
    }
}
