package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.sandbox.TestSandbox;
import dev.judge.testing.KafkaBroker;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A run-service in a JVM of its own (the built jar), in a pipeline's consumer group, on the boxes
 * {@link Pipeline#externalRunBoxes()}: a process a test can kill with SIGKILL, as an operator's
 * host or the kernel's OOM killer would.
 */
final class ExternalRunService implements AutoCloseable {

    private final Process process;

    private ExternalRunService(Process process) {
        this.process = process;
    }

    /** Starts one on the given Redis, in the run group of the pipeline named {@code groupSuffix}. */
    static ExternalRunService start(String groupSuffix, String redisUri) {
        Path jar = Path.of(System.getProperty("run-service.jar"));
        assertThat(jar).as("the run-service jar is built before this test").exists();
        try {
            File log = Files.createTempFile("run-service-" + groupSuffix + "-", ".log").toFile();
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(log);
            Map<String, String> env = pb.environment();
            env.put("JUDGE_KAFKA", KafkaBroker.bootstrapServers());
            env.put("JUDGE_REDIS_URI", redisUri);
            env.put("JUDGE_SANDBOX_BINARY", TestSandbox.binary().toString());
            env.put("JUDGE_BOX_LOCKS", "/run/judge/test-boxes");
            env.put("JUDGE_PARTITIONS", "4");
            env.put("JUDGE_RUN_GROUP", "run-" + groupSuffix);
            env.put("JUDGE_RUN_FIRST_BOX", String.valueOf(Pipeline.externalRunBoxes().first()));
            env.put("JUDGE_RUN_LAST_BOX", String.valueOf(Pipeline.externalRunBoxes().last()));
            env.put("JUDGE_RUN_METRICS_PORT", "0");
            env.put("JUDGE_KAFKA_SESSION_TIMEOUT_MS", "6000");
            env.put("JUDGE_KAFKA_HEARTBEAT_MS", "1000");
            return new ExternalRunService(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the run-service jar", e);
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
