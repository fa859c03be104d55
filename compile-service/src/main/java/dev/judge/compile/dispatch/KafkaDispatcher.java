package dev.judge.compile.dispatch;

import dev.judge.kafka.PipelineKafka;
import dev.judge.model.PipelineEvent;
import dev.judge.model.TestChunkScheduled;
import dev.judge.model.Topics;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes with {@code acks=all} and blocks until acknowledged, so offsets commit only after. */
@Component
class KafkaDispatcher implements Dispatcher {

    private final KafkaTemplate<String, Object> kafka;

    KafkaDispatcher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    @Override
    public void report(PipelineEvent event) {
        PipelineKafka.sendAndWait(kafka, Topics.OUTCOMES, event.submissionId(), event);
    }

    @Override
    public void schedule(List<TestChunkScheduled> chunks, PipelineEvent compiled) {
        List<ProducerRecord<String, Object>> records = new ArrayList<>();
        for (TestChunkScheduled chunk : chunks) {
            records.add(new ProducerRecord<>(Topics.RUNS, chunk.key(), chunk));
        }
        records.add(new ProducerRecord<>(Topics.OUTCOMES, compiled.submissionId(), compiled));
        PipelineKafka.sendAndWait(kafka, records);
    }
}
