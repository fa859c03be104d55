package dev.judge.run.execute;

import dev.judge.model.TestChunkScheduled;
import dev.judge.kafka.UnreadableRecordException;
import dev.judge.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * The edge of run-service: one record of {@code judge.runs} is a chunk of one submission's tests.
 * It is acknowledged when its results are published; offsets are committed out of order only up to the first
 * unacknowledged record (asynchronous acknowledgements), so nothing unfinished is ever committed.
 */
@Component
class RunListener {

    private static final Logger log = LoggerFactory.getLogger(RunListener.class);

    private final TestRunner runner;
    private final DeadLetterPublishingRecoverer deadLetters;

    RunListener(TestRunner runner, DeadLetterPublishingRecoverer runDeadLetters) {
        this.runner = runner;
        this.deadLetters = runDeadLetters;
    }

    @KafkaListener(topics = Topics.RUNS, containerFactory = "runListenerFactory")
    void onTest(ConsumerRecord<String, TestChunkScheduled> record, Acknowledgment ack) throws InterruptedException {
        if (record.value() == null || record.value().tests().isEmpty()) {
            // Unreadable (no value, JSON null, not a test): dead-lettered and acknowledged here, so
            // the out-of-order acknowledgements never wait for a record nobody will run.
            deadLetters.accept(record, new UnreadableRecordException("record " + record.topic() + "-" + record.partition()
                    + "@" + record.offset() + " has no readable value"));
            ack.acknowledge();
            return;
        }
        runner.submit(record.value(), new TestRunner.Completion() {
            @Override
            public void published() {
                ack.acknowledge();
            }

            @Override
            public void failed(Exception e) {
                // Still unacknowledged, so its offset is not committed; the runner tries again.
                log.error("Result of {} could not be published yet; retrying", record.key(), e);
            }
        });
    }
}
