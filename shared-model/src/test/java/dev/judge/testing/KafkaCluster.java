package dev.judge.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

/**
 * Three real Kafka brokers (KRaft; each a broker and a controller) as processes of their own, from
 * the Kafka jars on the test's class path, on free loopback ports: a broker can be killed with
 * SIGKILL, as a crash would, and started again as itself (its log directory is kept). Internal
 * topics have three copies and need two in sync, like the pipeline's topics on a cluster.
 */
public final class KafkaCluster {

    private static final int NODES = 3;

    private final Path root;
    private final List<Integer> brokerPorts = new ArrayList<>();
    private final List<Integer> controllerPorts = new ArrayList<>();
    private final Process[] brokers = new Process[NODES];

    private KafkaCluster(Path root) {
        this.root = root;
    }

    /** Starts the three brokers and waits until all of them are in the cluster; {@link #stop()} it when done. */
    public static KafkaCluster start() {
        try {
            KafkaCluster cluster = new KafkaCluster(Files.createTempDirectory("judge-kafka-cluster-"));
            java.util.List<Integer> ports = RedisServer.freePorts(2 * NODES);
            for (int n = 0; n < NODES; n++) {
                cluster.brokerPorts.add(ports.get(2 * n));
                cluster.controllerPorts.add(ports.get(2 * n + 1));
            }
            String clusterId = Uuid.randomUuid().toString();
            List<Process> formats = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                formats.add(cluster.format(n, clusterId));
            }
            for (int n = 0; n < NODES; n++) {
                cluster.awaitFormatted(n, formats.get(n));
            }
            for (int n = 0; n < NODES; n++) {
                cluster.launch(n);
            }
            cluster.awaitBrokers(NODES);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka brokers", e);
        }
    }

    private Path properties(int n) throws IOException {
        Path dir = root.resolve("broker-" + (n + 1));
        Files.createDirectories(dir);
        String voters = java.util.stream.IntStream.range(0, NODES)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts.get(i)).collect(Collectors.joining(","));
        Path file = dir.resolve("server.properties");
        Files.writeString(file, String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + (n + 1),
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPorts.get(n) + ",CONTROLLER://127.0.0.1:" + controllerPorts.get(n),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPorts.get(n),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "default.replication.factor=3",
                "min.insync.replicas=2",
                "offsets.topic.replication.factor=3",
                "transaction.state.log.replication.factor=3",
                "transaction.state.log.min.isr=2",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + 17 * 1024 * 1024,
                ""));
        return file;
    }

    private Process format(int n, String clusterId) throws IOException {
        return java(n, "format", "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", properties(n).toString());
    }

    private void awaitFormatted(int n, Process format) throws IOException {
        try {
            if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting broker " + (n + 1) + " failed: "
                        + Files.readString(root.resolve("broker-" + (n + 1)).resolve("format.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch(int n) throws IOException {
        brokers[n] = java(n, "broker", "kafka.Kafka", properties(n).toString());
    }

    private Process java(int n, String log, String... mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(mainAndArgs));
        Path logFile = root.resolve("broker-" + (n + 1)).resolve(log + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
    }

    /** Waits until {@code count} brokers are registered and answer. */
    public void awaitBrokers(int count) {
        await("%d Kafka brokers up".formatted(count)).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> liveBrokerIds().size() == count);
    }

    /** The ids (1, 2, 3) of the brokers the cluster sees now. */
    public Set<Integer> liveBrokerIds() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers(), "request.timeout.ms", "3000",
                "default.api.timeout.ms", "5000"))) {
            return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).stream().map(org.apache.kafka.common.Node::id)
                    .collect(Collectors.toSet());
        }
    }

    /** Kills broker {@code id} (1-3) at once, with SIGKILL. */
    public synchronized void kill(int id) {
        Process p = brokers[id - 1];
        p.destroyForcibly();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a killed broker again, as itself. */
    public synchronized void restart(int id) {
        try {
            launch(id - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every broker: a client needs only one that is up. */
    public String bootstrapServers() {
        return brokerPorts.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    public synchronized void stop() {
        for (Process p : brokers) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }
}
