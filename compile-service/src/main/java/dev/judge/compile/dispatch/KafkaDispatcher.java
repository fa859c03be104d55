package dev.judge.compile.dispatch;

import dev.judge.model.PipelineEvent;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
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
        await(List.of(kafka.send(Topics.OUTCOMES, event.submissionId(), event)));
    }

    @Override
    public void schedule(List<TestCaseScheduled> jobs, PipelineEvent compiled) {
        List<CompletableFuture<SendResult<String, Object>>> sent = new ArrayList<>();
        for (TestCaseScheduled job : jobs) {
            sent.add(kafka.send(Topics.RUNS, job.key(), job));
        }
        sent.add(kafka.send(Topics.OUTCOMES, compiled.submissionId(), compiled));
        await(sent);
    }

    private static void await(List<CompletableFuture<SendResult<String, Object>>> sent) {
        try {
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
