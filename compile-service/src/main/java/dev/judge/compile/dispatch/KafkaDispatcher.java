package dev.judge.compile.dispatch;

import dev.judge.model.PipelineEvent;
import dev.judge.model.TestChunkScheduled;
import dev.judge.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes with {@code acks=all} without waiting: the listener waits once per poll
 * ({@code PollHandling}), so offsets commit only after everything is acknowledged.
 */
@Component
class KafkaDispatcher implements Dispatcher {

    private final KafkaTemplate<String, Object> kafka;

    KafkaDispatcher(KafkaTemplate<String, Object> kafka) {
        this.kafka = kafka;
    }

    @Override
    public CompletableFuture<?> report(PipelineEvent event) {
        return kafka.send(Topics.OUTCOMES, event.submissionId(), event);
    }

    @Override
    public CompletableFuture<?> schedule(List<TestChunkScheduled> chunks, PipelineEvent compiled) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (TestChunkScheduled chunk : chunks) {
            sent.add(kafka.send(Topics.RUNS, chunk.key(), chunk));
        }
        sent.add(kafka.send(Topics.OUTCOMES, compiled.submissionId(), compiled));
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }
}
