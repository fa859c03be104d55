package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.sandbox.HostState;
import dev.judge.sandbox.TestSandbox;
import dev.judge.testing.KafkaBroker;
import dev.judge.testing.RedisServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
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

    private static Process startRunServiceJvm() throws Exception {
        Path jar = Path.of(System.getProperty("run-service.jar"));
        assertThat(jar).as("the run-service jar is built before this test").exists();
        File log = Files.createTempFile("run-service-killed-", ".log").toFile();
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(log);
        Map<String, String> env = pb.environment();
        env.put("JUDGE_KAFKA", KafkaBroker.bootstrapServers());
        env.put("JUDGE_REDIS_URI", RedisServer.shared().uri());
        env.put("JUDGE_SANDBOX_BINARY", TestSandbox.binary().toString());
        env.put("JUDGE_BOX_LOCKS", "/run/judge/test-boxes");
        env.put("JUDGE_PARTITIONS", "4");
        env.put("JUDGE_RUN_GROUP", "run-" + GROUP);
        env.put("JUDGE_RUN_FIRST_BOX", "760");
        env.put("JUDGE_RUN_LAST_BOX", "800");
        env.put("JUDGE_RUN_METRICS_PORT", "0");
        env.put("JUDGE_KAFKA_SESSION_TIMEOUT_MS", "6000");
        env.put("JUDGE_KAFKA_HEARTBEAT_MS", "1000");
        return pb.start();
    }

    @Test
    void aRunServiceKilledMidBatchLosesNothing() throws Exception {
        Process worker = startRunServiceJvm();
        try {
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
            await().atMost(Duration.ofSeconds(120)).until(() -> !HostState.boxProcesses(760, 800).isEmpty());
            worker.destroyForcibly().waitFor();
            assertThat(client.verdict(id)).as("the batch was unfinished when the worker died").isEmpty();

            pipeline.startRun();
            Verdict v = await().atMost(Duration.ofSeconds(120)).until(() -> client.verdict(id), Optional::isPresent).get();
            assertThat(v.status()).isEqualTo(Status.ACCEPTED);
            assertThat(v.passed()).isEqualTo(8);
            assertThat(v.tests()).extracting(t -> t.status()).containsOnly(Status.ACCEPTED);
        } finally {
            worker.destroyForcibly();
        }
    }
}
