package dev.judge.pipeline;

import static org.awaitility.Awaitility.await;

import dev.judge.testing.RedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;

/**
 * A Kafka broker (KRaft, one node) in a process of its own, configured as {@code ./judge up} runs
 * it, from the build's {@code infra/target/kafka-libs}: a test can pause it (SIGSTOP), resume it,
 * stop it and start it again on the same ports and data, which the suite's embedded broker, inside
 * the test JVM, cannot do.
 */
final class ExternalKafka implements AutoCloseable {

    private final int port;
    private final Path dir;
    private final String classPath;
    private Process process;

    private ExternalKafka(int port, Path dir, String classPath) {
        this.port = port;
        this.dir = dir;
        this.classPath = classPath;
    }

    static ExternalKafka start() {
        try {
            List<Integer> ports = RedisServer.freePorts(2);
            int port = ports.get(0);
            int controller = ports.get(1);
            Path dir = Files.createTempDirectory("judge-kafka-fault-");
            Path libs = Path.of(System.getProperty("project.root"), "infra", "target", "kafka-libs");
            ExternalKafka kafka = new ExternalKafka(port, dir, libs.toAbsolutePath() + "/*");
            Files.writeString(dir.resolve("server.properties"), """
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%d
                    listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                    advertised.listeners=PLAINTEXT://127.0.0.1:%d
                    controller.listener.names=CONTROLLER
                    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                    log.dirs=%s
                    num.partitions=4
                    offsets.topic.replication.factor=1
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    message.max.bytes=17825792
                    """.formatted(controller, port, controller, port, dir.resolve("data")));
            Process format = new ProcessBuilder("java", "-cp", kafka.classPath, "kafka.tools.StorageTool", "format", "-t",
                    org.apache.kafka.common.Uuid.randomUuid().toString(), "-c", dir.resolve("server.properties").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
            if (format.waitFor() != 0) {
                throw new IllegalStateException("formatting Kafka's storage failed: " + Files.readString(dir.resolve("format.log")));
            }
            kafka.launch();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch() throws IOException {
        process = new ProcessBuilder("java", "-Xms128m", "-Xmx512m", "-cp", classPath, "kafka.Kafka",
                dir.resolve("server.properties").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka.log").toFile())).start();
        await().atMost(Duration.ofMinutes(2)).until(this::listening);
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the Kafka broker exited; see " + dir.resolve("kafka.log"));
        }
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** SIGSTOP: the broker hangs, connections stay open, nothing answers. */
    void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT. */
    void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        if (new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).start().waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /**
     * SIGTERM, as an operator's restart does; SIGKILL if it has not exited 30 s later (the broker
     * can hang at exit). Says which, and how long it took.
     */
    void stop() throws InterruptedException {
        long start = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly().waitFor();
        }
        System.out.printf("BROKER %s %.1f s after SIGTERM%n", exited ? "exited" : "killed (SIGKILL), not exited",
                (System.nanoTime() - start) / 1e9);
    }

    /** Starts it again on the same ports and data; says how long it took to listen. */
    void startAgain() throws IOException {
        long start = System.nanoTime();
        launch();
        System.out.printf("BROKER listening again %.1f s after its start%n", (System.nanoTime() - start) / 1e9);
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }
}
