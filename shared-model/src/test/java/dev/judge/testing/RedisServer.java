package dev.judge.testing;

import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, with a password,
 * started once per test JVM and stopped when it exits.
 */
public final class RedisServer {

    public static final String PASSWORD = "judge-test";
    private static RedisServer shared;

    private final int port;
    private final Process process;
    private RedisClient client;

    private RedisServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static synchronized RedisServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.process::destroy));
        }
        return shared;
    }

    /** A server of the test's own (for tests that change its configuration); close it when done. */
    public static RedisServer startPrivate() {
        return start();
    }

    /** Stops a server from {@link #startPrivate()}. */
    public void stop() {
        if (client != null) {
            client.shutdown();
        }
        process.destroy();
    }

    private static RedisServer start() {
        try {
            int port = freePort();
            Path dir = Files.createTempDirectory("judge-redis-");
            Process p = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--requirepass", PASSWORD, "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                    "--maxmemory", "1gb", "--maxmemory-policy", "noeviction")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (Instant.now().isBefore(deadline)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("redis-server exited: " + Files.readString(dir.resolve("redis.log")));
                }
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    return new RedisServer(port, p);
                } catch (IOException notYet) {
                    Thread.onSpinWait();
                }
            }
            p.destroyForcibly();
            throw new IllegalStateException("redis-server did not start on port " + port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server (Debian package redis-server)", e);
        }
    }

    /**
     * A loopback port nobody listens on, picked below the kernel's ephemeral range: a port from
     * that range (what binding port 0 gives) can be taken by any outgoing connection (a Kafka
     * client's, say) between the pick and the moment a server binds it.
     */
    public static int freePort() throws IOException {
        int below = ephemeralRangeStart();
        for (int attempt = 0; below > 12_000 && attempt < 200; attempt++) {
            int port = 10_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(below - 10_000);
            try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * {@code count} distinct free ports, for servers started together: picked one by one, two
     * picks can give the same port (a cluster of six nodes then has a node that cannot bind).
     */
    public static java.util.List<Integer> freePorts(int count) throws IOException {
        java.util.Set<Integer> ports = new java.util.LinkedHashSet<>();
        while (ports.size() < count) {
            ports.add(freePort());
        }
        return java.util.List.copyOf(ports);
    }

    private static int ephemeralRangeStart() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public int port() {
        return port;
    }

    /** A client for the shared server, made once and shut down when the JVM exits. */
    public synchronized RedisClient client() {
        if (client == null) {
            client = RedisClient.create(uri());
            Runtime.getRuntime().addShutdownHook(new Thread(client::shutdown));
        }
        return client;
    }

    /** A Lettuce URI with the password. */
    public String uri() {
        return "redis://" + PASSWORD + "@127.0.0.1:" + port;
    }
}
