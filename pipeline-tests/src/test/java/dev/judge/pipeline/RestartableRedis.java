package dev.judge.pipeline;

import static org.awaitility.Awaitility.await;

import dev.judge.testing.RedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} of a test's own, configured as {@code ./judge up} runs it (append-only
 * file, {@code noeviction}), that the test kills with SIGKILL and starts again on the same port:
 * with its data (the append-only file read back) or without (a fresh, empty server).
 */
final class RestartableRedis implements AutoCloseable {

    private final int port;
    private final Path dir;
    private Process process;

    private RestartableRedis(int port, Path dir) {
        this.port = port;
        this.dir = dir;
    }

    static RestartableRedis start() {
        try {
            RestartableRedis redis = new RestartableRedis(RedisServer.freePort(), Files.createTempDirectory("judge-redis-fault-"));
            redis.launch();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch() throws IOException {
        process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--requirepass", RedisServer.PASSWORD, "--save", "", "--appendonly", "yes", "--appendfsync", "everysec",
                "--dir", dir.toString(), "--maxmemory", "1gb", "--maxmemory-policy", "noeviction")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                .start();
        await().atMost(Duration.ofSeconds(30)).until(this::listening);
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("redis-server exited; see " + dir.resolve("redis.log"));
        }
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** SIGKILL, as a crashed host or the OOM killer would: only what the append-only file holds survives. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts it again on the same port, reading its append-only file back. */
    void startWithData() throws IOException {
        launch();
    }

    /** Starts it again on the same port with nothing: its files are deleted first. */
    void startEmpty() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir) && !p.getFileName().toString().equals("redis.log"))
                    .forEach(p -> p.toFile().delete());
        }
        launch();
    }

    String uri() {
        return "redis://" + RedisServer.PASSWORD + "@127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }
}
