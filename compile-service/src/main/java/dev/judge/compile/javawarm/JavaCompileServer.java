package dev.judge.compile.javawarm;

import dev.judge.model.Artifact;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
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
    private static final Map<String, String> ENVIRONMENT = Map.of("PATH", "/usr/bin:/bin", "HOME", "/box", "LANG", "C.UTF-8");
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
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "java-compile-warmup");
                t.setDaemon(true);
                return t;
            });
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
        this.keeper = new Thread(this::keep, "java-compile-server");
        keeper.setDaemon(true);
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
                    Thread watcher = new Thread(() -> awaitReady(b), "java-compile-server-ready");
                    watcher.setDaemon(true);
                    watcher.start();
                    RunResult r = b.run(new RunRequest(command(), serverLimits, null, ENVIRONMENT,
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
                backOff = System.nanoTime() - started > 60_000_000_000L ? 1_000 : Math.min(backOff * 2, 60_000);
                Thread.sleep(System.nanoTime() - started > 60_000_000_000L ? 0 : backOff);
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
        Path dir = b.directory();
        try {
            b.writeFile("req-" + n + ".java", source.getBytes(StandardCharsets.UTF_8), false);
            b.writeFile("req-" + n + ".opts", String.join("\n", options).getBytes(StandardCharsets.UTF_8), false);
            if (warmup) {
                b.writeFile("req-" + n + ".warmup", new byte[0], false);
            }
            b.writeFile("req-" + n + ".go", new byte[0], false);
            Path done = dir.resolve("res-" + n + ".done");
            long deadline = System.nanoTime() + (long) (((warmup ? 120 : compileWallSec) + 2) * 1e9);
            while (!Files.exists(done)) {
                if (System.nanoTime() > deadline || box != b) {
                    ready = false;
                    up = false;
                    log.warn("Java compile server did not answer compile {} in time; using plain javac", n);
                    return Optional.empty();
                }
                sleep(1);
            }
            String answer = Files.readString(done);
            int eol = answer.indexOf('\n');
            String status = eol < 0 ? answer : answer.substring(0, eol);
            String output = eol < 0 ? "" : answer.substring(eol + 1);
            Artifact artifact = status.equals("ok") ? classes(dir.resolve("out-" + n)) : null;
            compiles.incrementAndGet();
            lastUse.set(System.currentTimeMillis());
            return Optional.of(new Compiled(status, output, artifact));
        } catch (IOException e) {
            log.warn("Java compile server exchange failed; using plain javac: {}", e.getMessage());
            return Optional.empty();
        } finally {
            clean(dir, n);
        }
    }

    private static Artifact classes(Path out) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.list(out)) {
            for (Path f : all.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return new Artifact(files, List.of());
    }

    private static void clean(Path dir, String n) {
        try (Stream<Path> all = Files.walk(dir.resolve("out-" + n))) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // nothing there
        }
        for (String f : List.of("req-" + n + ".java", "req-" + n + ".opts", "req-" + n + ".warmup", "req-" + n + ".go",
                "res-" + n + ".done")) {
            try {
                Files.deleteIfExists(dir.resolve(f));
            } catch (IOException e) {
                // the box is wiped when the server restarts
            }
        }
    }

    private void writeJar() throws IOException {
        Files.createDirectories(jarDirectory);
        jarDirectory.toFile().setReadable(true, false);
        jarDirectory.toFile().setExecutable(true, false);
        Path jar = jarDirectory.resolve("compile-server.jar");
        List<String> entries = new ArrayList<>();
        entries.add(CompileServerProgram.class.getName().replace('.', '/') + ".class");
        entries.add(CompileServerProgram.class.getName().replace('.', '/') + "$Source.class");
        Path tmp = Files.createTempFile(jarDirectory, "compile-server", ".jar");
        try (OutputStream out = Files.newOutputStream(tmp); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (String entry : entries) {
                try (InputStream in = CompileServerProgram.class.getClassLoader().getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IOException("the compile server's class " + entry + " is not on the class path");
                    }
                    jarOut.putNextEntry(new JarEntry(entry));
                    in.transferTo(jarOut);
                    jarOut.closeEntry();
                }
            }
        }
        tmp.toFile().setReadable(true, false);
        Files.move(tmp, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
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
    }
}
