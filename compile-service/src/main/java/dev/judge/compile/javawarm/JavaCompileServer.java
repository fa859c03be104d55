package dev.judge.compile.javawarm;

import dev.judge.threads.DaemonThreads;
import dev.judge.model.Artifact;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.ProgramJar;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warm Java compile path: {@link CompileServerProgram} running in a box of its own (its own
 * memory limit, from {@code serverLimits}), fed one compile at a time through files in the box.
 * Restarted whenever it ends (it ends itself after a compile over its limits, after a number of
 * compiles, or when its heap grows), with a back-off when it keeps failing. While it is not ready,
 * or when it does not answer in time, {@link #compile} returns empty and the caller runs plain javac.
 */
public final class JavaCompileServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JavaCompileServer.class);
    /** Where the server's jar is seen inside its box. */
    public static final String MOUNT = "/jcs";
    private static final int COMPILES_PER_SERVER = 500;
    private static final String WARMUP_SOURCE = "import java.util.*;\nimport java.io.*;\npublic class Main {\n"
            + "  public static void main(String[] a) throws IOException {\n"
            + "    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));\n"
            + "    Scanner s = new Scanner(in); List<Long> l = new ArrayList<>(); l.add(s.nextLong());\n"
            + "    System.out.println(String.format(\"%d\", l.stream().mapToLong(Long::longValue).sum()));\n  }\n}\n";

    /** A compile's outcome from the server: {@code status} ok, error, cpu or wall; javac's output; the class files. */
    public record Compiled(String status, String output, Artifact artifact) {
    }

    private final BoxPool pool;
    private final String javaHome;
    private final Path jarDirectory;
    private final Limits serverLimits;
    private final double compileCpuSec;
    private final double compileWallSec;
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicLong compiles = new AtomicLong();
    private final Thread keeper;
    private final java.util.concurrent.locks.ReentrantLock exchange = new java.util.concurrent.locks.ReentrantLock();
    private final AtomicLong lastUse = new AtomicLong();
    private final AtomicLong warmups = new AtomicLong();
    private final java.util.concurrent.ScheduledExecutorService warmer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("java-compile-warmup"));
    private volatile Box box;
    /** The server answers requests (set when it wrote its marker). */
    private volatile boolean up;
    /** Up and warmed: submissions' compiles go to it. */
    private volatile boolean ready;
    private volatile boolean closed;
    private long sequence;

    /**
     * @param pool a pool of one box for the server (its own lock on a box id, apart from the compile boxes)
     * @param compileCpuSec CPU limit of one compile, enforced by the server
     * @param compileWallSec wall limit of one compile, enforced by the server and by the wait here
     */
    public JavaCompileServer(BoxPool pool, String javaHome, Path jarDirectory, Limits serverLimits, double compileCpuSec,
            double compileWallSec) {
        this.pool = pool;
        this.javaHome = javaHome;
        this.jarDirectory = jarDirectory;
        this.serverLimits = serverLimits;
        this.compileCpuSec = compileCpuSec;
        this.compileWallSec = compileWallSec;
        this.keeper = DaemonThreads.unstarted("java-compile-server", this::keep);
    }

    /**
     * Starts the server, and the warm-up schedule: every {@code period}, when no compile went through
     * for {@code staleAfter}, a small program is compiled, which keeps javac's code hot; never while
     * a real compile runs.
     */
    public JavaCompileServer start(Duration staleAfter, Duration period) {
        keeper.start();
        if (!period.isZero()) {
            warmer.scheduleWithFixedDelay(() -> {
                if (System.currentTimeMillis() - lastUse.get() > staleAfter.toMillis()) {
                    warmUp();
                }
            }, period.toMillis(), period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** One warm-up compile, unless the server is not ready or a compile is running; true if done. */
    public boolean warmUp() {
        if (!up || !exchange.tryLock()) {
            return false;
        }
        try {
            boolean ok = exchange(WARMUP_SOURCE, List.of(), true).map(c -> c.status().equals("ok")).orElse(false);
            if (ok) {
                warmups.incrementAndGet();
            }
            return ok;
        } finally {
            exchange.unlock();
        }
    }

    public long warmups() {
        return warmups.get();
    }

    /** Epoch milliseconds of the last compile or warm-up through the server, 0 before the first. */
    public long lastUse() {
        return lastUse.get();
    }

    public boolean ready() {
        return ready;
    }

    public long restarts() {
        return restarts.get();
    }

    public long compiles() {
        return compiles.get();
    }

    /** Runs the server, again and again, for as long as this lives. */
    private void keep() {
        long backOff = 1_000;
        while (!closed) {
            long started = System.nanoTime();
            try {
                writeJar();
                Box b = pool.acquire();
                try {
                    box = b;
                    Files.deleteIfExists(b.directory().resolve("server.ready"));
                    Thread watcher = DaemonThreads.unstarted("java-compile-server-ready", () -> awaitReady(b));
                    watcher.start();
                    RunResult r = b.run(new RunRequest(command(), serverLimits, null, dev.judge.sandbox.BoxEnvironment.DEFAULT,
                            List.of(MOUNT + "=" + jarDirectory), true));
                    log.info("Java compile server ended ({} {}); restarting", r.outcome(),
                            r.exitCode() == null ? "" : "exit " + r.exitCode());
                } finally {
                    ready = false;
                    up = false;
                    box = null;
                    pool.release(b);
                }
                restarts.incrementAndGet();
                // A server that lived a while is simply restarted; one that keeps dying backs off.
                if (System.nanoTime() - started > 60_000_000_000L) {
                    backOff = 1_000;
                } else {
                    Thread.sleep(backOff);
                    backOff = Math.min(backOff * 2, 60_000);
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("Java compile server cannot start; Java compiles use plain javac: {}", e.toString());
                try {
                    Thread.sleep(backOff);
                } catch (InterruptedException ie) {
                    return;
                }
                backOff = Math.min(backOff * 2, 60_000);
            }
        }
    }

    private List<String> command() {
        return List.of(javaHome + "/bin/java", "-Xmx384m", "-Xss8m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-cp", MOUNT + "/compile-server.jar", CompileServerProgram.class.getName(), "/box",
                String.valueOf(compileCpuSec), String.valueOf(compileWallSec), String.valueOf(COMPILES_PER_SERVER));
    }

    private void awaitReady(Box b) {
        Path marker = b.directory().resolve("server.ready");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!closed && box == b && System.nanoTime() < deadline) {
            if (Files.exists(marker)) {
                up = true;
                // A few compiles so javac's own code is compiled before the first submission's.
                for (int i = 0; i < 3; i++) {
                    warmUp();
                }
                ready = up;
                log.info("Java compile server ready in box {} ({} warm-up compiles)", b.id(), warmups.get());
                return;
            }
            sleep(5);
        }
    }

    /**
     * Compiles through the server; empty when it is not ready or did not answer in time (the
     * caller then runs plain javac). One compile at a time (a warm-up waits for none).
     */
    public Optional<Compiled> compile(String source, List<String> options) {
        exchange.lock();
        try {
            return exchange(source, options, false);
        } finally {
            exchange.unlock();
        }
    }

    private Optional<Compiled> exchange(String source, List<String> options, boolean warmup) {
        Box b = box;
        if (!up || b == null || (!warmup && !ready)) {
            return Optional.empty();
        }
        String n = String.valueOf(++sequence);
        try {
            Optional<Compiled> answer = ServerExchange.send(b, n, source, options, warmup,
                    (warmup ? 120 : compileWallSec) + 2, () -> box == b);
            if (answer.isEmpty()) {
                ready = false;
                up = false;
                log.warn("Java compile server did not answer compile {} in time; using plain javac", n);
                return answer;
            }
            compiles.incrementAndGet();
            lastUse.set(System.currentTimeMillis());
            return answer;
        } catch (IOException e) {
            log.warn("Java compile server exchange failed; using plain javac: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private void writeJar() throws IOException {
        Files.createDirectories(jarDirectory);
        jarDirectory.toFile().setReadable(true, false);
        jarDirectory.toFile().setExecutable(true, false);
        ProgramJar.write(jarDirectory.resolve("compile-server.jar"), CompileServerProgram.class, CompileServerProgram.Source.class);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests and the warm-up: waits until the server is ready, up to {@code timeout}. */
    public boolean awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready && System.nanoTime() < deadline) {
            sleep(10);
        }
        return ready;
    }

    @Override
    public void close() {
        closed = true;
        warmer.shutdownNow();
        Box b = box;
        if (b != null) {
            try {
                b.writeFile("stop", new byte[0], false);
            } catch (IOException e) {
                log.debug("Could not ask the compile server to stop: {}", e.getMessage());
            }
        }
        keeper.interrupt();
        try {
            keeper.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Its box's claim goes back too: a JVM that starts compile-service again (the pipeline tests
        // do, once per test class) would otherwise run out of box ids, one per start.
        pool.close();
    }
}
