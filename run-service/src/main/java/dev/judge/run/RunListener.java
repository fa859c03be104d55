package dev.judge.run;

import dev.judge.kafka.DeliveryEdge;
import dev.judge.kafka.UnreadableRecordException;
import dev.judge.model.Effects;
import dev.judge.model.TestChunkScheduled;
import dev.judge.model.Topics;
import dev.judge.run.execute.TestRunner;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * The edge of run-service: one record of {@code judge.runs} is a chunk of one submission's tests.
 * The runner starts it and returns at once (or once a box is in sight); the {@link DeliveryEdge}
 * publishes its results when they come, with the declared retries and dead letter, and only then
 * acknowledges the record. So the chunks of a poll run in parallel and finish in any order, and
 * offsets are committed only up to the first chunk whose results are not yet acknowledged
 * (asynchronous acknowledgements): nothing unfinished is ever committed.
 */
@Component
class RunListener {

    private final TestRunner runner;
    private final DeliveryEdge edge;

    RunListener(TestRunner runner, DeliveryEdge edge) {
        this.runner = runner;
        this.edge = edge;
    }

    @KafkaListener(topics = Topics.RUNS, containerFactory = "runListenerFactory")
    void onChunk(ConsumerRecord<String, TestChunkScheduled> record, Acknowledgment ack) throws InterruptedException {
        edge.whenDone(record, ack, record.value() == null || record.value().tests().isEmpty()
                ? CompletableFuture.<Effects>failedFuture(new UnreadableRecordException("record " + record.topic() + "-"
                        + record.partition() + "@" + record.offset() + " has no readable chunk of tests"))
                : runner.run(record.value()));
    }
}
