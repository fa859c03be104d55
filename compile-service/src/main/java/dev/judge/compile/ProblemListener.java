package dev.judge.compile;

import dev.judge.compile.problem.ProblemStage;
import dev.judge.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The edge of problem imports: a record of {@code judge.problems} in, the plain import stage called with its parts. */
@Component
class ProblemListener {

    private final ProblemStage stage;

    ProblemListener(ProblemStage stage) {
        this.stage = stage;
    }

    @KafkaListener(topics = Topics.PROBLEMS, containerFactory = "problemListenerFactory")
    void onProblem(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        Header request = record.headers().lastHeader(Topics.IMPORT_REQUEST_HEADER);
        boolean uploaded = record.headers().lastHeader(Topics.PACKAGE_UPLOAD_HEADER) != null;
        stage.accept(record.key(), record.value(), uploaded, request == null ? null : new String(request.value(),
                java.nio.charset.StandardCharsets.UTF_8), record.topic() + "-" + record.partition() + "@" + record.offset());
    }
}
