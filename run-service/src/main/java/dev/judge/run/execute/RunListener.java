package dev.judge.run.execute;

import dev.judge.model.TestCaseScheduled;
import dev.judge.kafka.PipelineKafka;
import dev.judge.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.stereotype.Component;

/**
 * The edge of run-service: one record of {@code judge.runs} is one test. It is acknowledged
 * when its result is published; offsets are committed out of order only up to the first
 * unacknowledged record (asynchronous acknowledgements), so nothing unfinished is ever committed.
 */
@Component
class RunListener {

    private static final Logger log = LoggerFactory.getLogger(RunListener.class);

    private final TestRunner runner;

    RunListener(TestRunner runner) {
        this.runner = runner;
    }

    @KafkaListener(topics = Topics.RUNS, containerFactory = "runListenerFactory")
    void onTest(ConsumerRecord<String, TestCaseScheduled> record, Acknowledgment ack) throws InterruptedException {
        runner.submit(PipelineKafka.valueOf(record), new TestRunner.Completion() {
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
