package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.sandbox.TestSandbox;
import dev.judge.testing.KafkaBroker;
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

    private static final java.util.regex.Pattern PORT = java.util.regex.Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final Path log;

    private ExternalRunService(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts one on the given Redis, in the run group of the pipeline named {@code groupSuffix}. */
    static ExternalRunService start(String groupSuffix, String redisUri) {
        return start(groupSuffix, redisUri, Pipeline.externalRunBoxes());
    }

    /** Starts one on the given boxes (a part of {@link Pipeline#externalRunBoxes()}). */
    static ExternalRunService start(String groupSuffix, String redisUri, Pipeline.BoxIds boxes) {
        return start(groupSuffix, redisUri, boxes, Map.of());
    }

    /** Starts one on the given boxes with further environment variables (the launcher's {@code JUDGEBOX_CONFIG}, say). */
    static ExternalRunService start(String groupSuffix, String redisUri, Pipeline.BoxIds boxes, Map<String, String> extraEnv) {
        Path jar = Path.of(System.getProperty("run-service.jar"));
        assertThat(jar).as("the run-service jar is built before this test").exists();
        try {
            Path log = Files.createTempFile("run-service-" + groupSuffix + "-", ".log");
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("JUDGE_KAFKA", KafkaBroker.bootstrapServers());
            env.put("JUDGE_REDIS_URI", redisUri);
            env.put("JUDGE_SANDBOX_BINARY", TestSandbox.binary().toString());
            env.put("JUDGE_BOX_LOCKS", "/run/judge/test-boxes");
            env.put("JUDGE_PARTITIONS", "4");
            env.put("JUDGE_RUN_GROUP", "run-" + groupSuffix);
            env.put("JUDGE_RUN_FIRST_BOX", String.valueOf(boxes.first()));
            env.put("JUDGE_RUN_LAST_BOX", String.valueOf(boxes.last()));
            env.put("JUDGE_RUN_METRICS_PORT", "0");
            env.put("JUDGE_KAFKA_SESSION_TIMEOUT_MS", "6000");
            env.put("JUDGE_KAFKA_HEARTBEAT_MS", "1000");
            env.putAll(extraEnv);
            return new ExternalRunService(pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the run-service jar", e);
        }
    }

    /** Whether it has started (its HTTP port is open). */
    boolean isUp() throws IOException {
        return PORT.matcher(Files.readString(log)).find();
    }

    /** Tests it has run so far (its {@code execution_time_seconds} count); 0 until it is up. */
    long testsRun() throws IOException {
        return (long) sum("execution_time_seconds_count");
    }

    /** Its boxes in one state ({@code sandbox_boxes{state="lost"}}, say); 0 until it is up. */
    long boxes(String state) throws IOException {
        return (long) sum("sandbox_boxes{application=\"run-service\",state=\"" + state + "\"}");
    }

    /** The sum of the samples of its metrics whose line starts with {@code prefix}. */
    private double sum(String prefix) throws IOException {
        java.util.regex.Matcher port = PORT.matcher(Files.readString(log));
        if (!port.find()) {
            return 0;
        }
        Http.Response metrics = Http.get("http://127.0.0.1:" + port.group(1) + "/actuator/prometheus");
        return metrics.body().lines().filter(l -> l.startsWith(prefix))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as an operator's stop: its boxes are cleaned up; SIGKILL if it has not exited 60 s later. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
