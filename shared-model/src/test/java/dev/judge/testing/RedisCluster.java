package dev.judge.testing;

import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Redis Cluster of six {@code redis-server} processes on free loopback ports, three
 * primaries and a replica of each, made with {@code redis-cli --cluster create}, with the same
 * password as {@link RedisServer}. Each node has a directory of its own (its {@code nodes.conf}),
 * so a killed node restarts as itself and rejoins. A node that stops answering is failed over
 * after {@link #NODE_TIMEOUT_MS}, short so a failover test takes seconds; meanwhile the other
 * primaries keep serving their slots ({@code cluster-require-full-coverage no}, as {@code ./judge up
 * --cluster} runs it).
 */
public final class RedisCluster {

    public static final int NODE_TIMEOUT_MS = 1500;
    private static RedisCluster shared;

    private final Path root;
    private final Map<Integer, Process> nodes = new LinkedHashMap<>();
    private final RedisClient admin = RedisClient.create();

    private RedisCluster(Path root) {
        this.root = root;
    }

    /** One cluster per test JVM, for tests that leave its nodes alone; stopped when the JVM exits. */
    public static synchronized RedisCluster shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** A cluster of the test's own (for tests that kill or fail over nodes); {@link #stop()} it when done. */
    public static RedisCluster start() {
        try {
            RedisCluster cluster = new RedisCluster(Files.createTempDirectory("judge-redis-cluster-"));
            List<String> addresses = new ArrayList<>();
            for (int port : RedisServer.freePorts(6)) {
                cluster.launch(port);
                addresses.add("127.0.0.1:" + port);
            }
            cluster.nodes.keySet().forEach(cluster::awaitListening);
            List<String> create = new ArrayList<>(List.of("redis-cli", "-a", RedisServer.PASSWORD, "--no-auth-warning",
                    "--cluster", "create"));
            create.addAll(addresses);
            create.addAll(List.of("--cluster-replicas", "1", "--cluster-yes"));
            Process p = new ProcessBuilder(create).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                cluster.stop();
                throw new IllegalStateException("redis-cli --cluster create failed: " + out);
            }
            cluster.awaitHealthy();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Redis Cluster (Debian package redis-server)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void launch(int port) throws IOException {
        Path dir = root.resolve(String.valueOf(port));
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--requirepass", RedisServer.PASSWORD, "--masterauth", RedisServer.PASSWORD,
                "--cluster-enabled", "yes", "--cluster-config-file", dir.resolve("nodes.conf").toString(),
                "--cluster-node-timeout", String.valueOf(NODE_TIMEOUT_MS), "--cluster-require-full-coverage", "no", "--save", "", "--appendonly", "no",
                "--dir", dir.toString(), "--maxmemory", "256mb", "--maxmemory-policy", "noeviction")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                .start();
        nodes.put(port, p);
    }

    private void awaitListening(int port) {
        await("redis-server on port " + port).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .ignoreExceptions().until(() -> {
                    try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
    }

    /** Waits until every live node sees all slots served and every replica is in sync with its primary. */
    public void awaitHealthy() {
        await("the Redis Cluster healthy").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> liveNodes().stream().allMatch(port -> {
                    String info = command(port, c -> c.sync().clusterInfo());
                    String replication = command(port, c -> c.sync().info("replication"));
                    return info.contains("cluster_state:ok") && info.contains("cluster_slots_ok:16384")
                            && (replication.contains("role:master") || replication.contains("master_link_status:up"));
                }) && primaries().size() == 3);
    }

    /** The nodes whose process runs. */
    public synchronized List<Integer> liveNodes() {
        return nodes.entrySet().stream().filter(e -> e.getValue().isAlive()).map(Map.Entry::getKey).toList();
    }

    /** The ports of the primaries now, as the live nodes see them. */
    public List<Integer> primaries() {
        return role("master");
    }

    /** The ports of the replicas now. */
    public List<Integer> replicas() {
        return role("slave");
    }

    private List<Integer> role(String role) {
        return liveNodes().stream().filter(port -> {
            String info = command(port, c -> c.sync().info("replication"));
            return info.contains("role:" + role);
        }).toList();
    }

    /** The port of the replica of the primary on {@code primaryPort}. */
    public int replicaOf(int primaryPort) {
        return replicas().stream().filter(port -> command(port, c -> c.sync().info("replication"))
                .contains("master_port:" + primaryPort)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no replica follows port " + primaryPort));
    }

    /**
     * Waits until the replica of the primary on {@code primaryPort} has received everything the
     * primary wrote so far. Replication is asynchronous: a primary killed before that takes its
     * last acknowledged writes with it, which is Redis' property, not the client's to prevent.
     */
    public void awaitReplicated(int primaryPort) {
        int replica = replicaOf(primaryPort);
        await("the replica of " + primaryPort + " in step").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> offset(replica, "slave_repl_offset:") >= offset(primaryPort, "master_repl_offset:"));
    }

    private long offset(int port, String field) {
        String info = command(port, c -> c.sync().info("replication"));
        return info.lines().filter(l -> l.startsWith(field)).mapToLong(l -> Long.parseLong(l.substring(field.length()).trim()))
                .findFirst().orElse(-1);
    }

    /** Kills a node at once (SIGKILL), as a crash would. */
    public synchronized void kill(int port) {
        Process p = nodes.get(port);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a killed node again, as itself: it rejoins the cluster (as a replica, when it was failed over). */
    public synchronized void restart(int port) {
        try {
            launch(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitListening(port);
    }

    /** Lettuce's URI of the whole cluster: every node a seed, the password shared. */
    public String uri() {
        return "redis-cluster://" + RedisServer.PASSWORD + "@"
                + nodes.keySet().stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    /** Runs a command on one node (not following redirections). */
    public <T> T command(int port, java.util.function.Function<StatefulRedisConnection<String, String>, T> command) {
        try (StatefulRedisConnection<String, String> c = admin.connect(RedisURI.builder().withHost("127.0.0.1")
                .withPort(port).withPassword(RedisServer.PASSWORD.toCharArray()).withTimeout(Duration.ofSeconds(2)).build())) {
            return command.apply(c);
        }
    }

    public synchronized void stop() {
        nodes.values().forEach(Process::destroyForcibly);
        nodes.clear();
        admin.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
}
