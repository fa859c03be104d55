package dev.judge.api.callback;

import dev.judge.kafka.PipelineKafka;
import dev.judge.model.Topics;
import dev.judge.model.Verdict;
import dev.judge.state.CallbackQueue;
import dev.judge.state.Judge0Requests;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Callbacks are driven by the public contract: every verdict on {@code judge.verdicts} whose
 * Judge0 request named a {@code callback_url} is queued (durably, in Redis) for the sender. One
 * consumer group for all api-service instances, so each verdict is queued once.
 */
@Component
class VerdictCallbackListener {

    private final Judge0Requests requests;
    private final CallbackQueue queue;

    VerdictCallbackListener(Judge0Requests requests, CallbackQueue queue) {
        this.requests = requests;
        this.queue = queue;
    }

    @KafkaListener(topics = Topics.VERDICTS, containerFactory = "verdictListenerFactory")
    void onVerdict(ConsumerRecord<String, Verdict> record) {
        Verdict verdict = PipelineKafka.valueOf(record);
        if (requests.callbackUrl(verdict.id()).isPresent()) {
            queue.enqueue(verdict.id(), System.currentTimeMillis());
        }
    }
}
