package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.sandbox.HostState;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run-service JVM is SIGKILLed in the middle of a batch; another instance of its consumer group
 * takes the unfinished tests over and the verdict still arrives, complete.
 */
class KilledWorkerIT {

    private static final String GROUP = "kill-" + UUID.randomUUID().toString().substring(0, 6);

    private static Pipeline pipeline;
    private static JudgeClient client;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline(GROUP).startCompile().startResult();
        client = new JudgeClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        pipeline.close();
    }

    @Test
    void aRunServiceKilledMidBatchLosesNothing() throws Exception {
        try (ExternalRunService worker = ExternalRunService.start(GROUP, RedisServer.shared().uri())) {
            String id = "killed-" + UUID.randomUUID().toString().substring(0, 8);
            StringBuilder tests = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                tests.append(i == 0 ? "" : ",").append("{\"stdin\": \"").append(i).append("\", \"expectedOutput\": \"").append(i).append("\"}");
            }
            String json = """
                    {"id": "%s", "language": "python", "source": "import time\\ntime.sleep(1.5)\\nprint(input())\\n",
                     "tests": [%s], "limits": {"cpuTimeSec": 2, "wallTimeSec": 6}}
                    """.formatted(id, tests);
            client.send(id, json);
            // The external worker has started running this batch in its boxes.
            Pipeline.BoxIds boxes = Pipeline.externalRunBoxes();
            await().atMost(Duration.ofSeconds(120)).until(() -> !HostState.boxProcesses(boxes.first(), boxes.last()).isEmpty());
            worker.kill();
            assertThat(client.verdict(id)).as("the batch was unfinished when the worker died").isEmpty();

            pipeline.startRun();
            Verdict v = await().atMost(Duration.ofSeconds(120)).until(() -> client.verdict(id), Optional::isPresent).get();
            assertThat(v.status()).isEqualTo(Status.ACCEPTED);
            assertThat(v.passed()).isEqualTo(8);
            assertThat(v.tests()).extracting(t -> t.status()).containsOnly(Status.ACCEPTED);
        }
    }
}
