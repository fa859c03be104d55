package dev.judge.compile.javawarm;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The warm compile server, run inside a box by {@link JavaCompileServer}: one long-lived JVM that
 * compiles {@code Main.java} requests with the JDK's compiler API (annotation processing off), one
 * at a time, so javac's classes stay loaded and compiled. Only JDK classes; copied into a jar.
 *
 * <p>Protocol, in the box's directory (args: directory, CPU seconds and wall seconds per compile,
 * compiles before it exits to be restarted; a file {@code stop} ends it): the client writes {@code req-N.java} and
 * {@code req-N.opts} (one option per line), {@code req-N.warmup} for its own warm-up programs (not
 * held to a submission's limits), then {@code req-N.go}. The server compiles into
 * {@code out-N/} and writes {@code res-N.done}: a first line {@code ok}, {@code error}, {@code cpu}
 * or {@code wall}, then javac's output. A compile over its CPU or wall limit ends the server after
 * writing its answer; so does reaching its number of compiles or a heap that keeps growing.
 */
public final class CompileServerProgram {

    private CompileServerProgram() {
    }

    /** The source, named {@code Main.java} in diagnostics as with javac. */
    static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String text) {
            super(URI.create("string:///Main.java"), JavaFileObject.Kind.SOURCE);
            this.text = text;
        }

        @Override
        public String getName() {
            return "Main.java";
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long cpuNanos = (long) (Double.parseDouble(args[1]) * 1e9);
        long wallNanos = (long) (Double.parseDouble(args[2]) * 1e9);
        int maxCompiles = Integer.parseInt(args[3]);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Files.writeString(dir.resolve("server.ready"), "ready\n");
        for (int served = 0; served < maxCompiles; served++) {
            String n = next(dir);
            if (n == null) {
                return;   // asked to stop
            }
            String source = Files.readString(dir.resolve("req-" + n + ".java"));
            List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:none", "-encoding", "UTF-8", "-d",
                    dir.resolve("out-" + n).toString()));
            options.addAll(Files.readAllLines(dir.resolve("req-" + n + ".opts")).stream().filter(l -> !l.isBlank()).toList());
            Files.createDirectories(dir.resolve("out-" + n));
            // The client's own warm-up programs are trusted: a fresh JVM's first compiles are slow.
            boolean warmup = Files.exists(dir.resolve("req-" + n + ".warmup"));
            long cpuLimit = warmup ? Math.max(cpuNanos, 60_000_000_000L) : cpuNanos;
            long wallLimit = warmup ? Math.max(wallNanos, 120_000_000_000L) : wallNanos;
            StringWriter output = new StringWriter();
            AtomicBoolean ok = new AtomicBoolean();
            Thread worker = new Thread(() -> {
                try {
                    ok.set(javac.getTask(output, files, null, options, null, List.of(new Source(source))).call());
                } catch (RuntimeException e) {
                    output.write("error: " + e + "\n");
                }
            }, "compile-" + n);
            long start = System.nanoTime();
            worker.start();
            String status = null;
            while (worker.isAlive()) {
                worker.join(5);
                long cpu = threads.getThreadCpuTime(worker.getId());
                if (cpu > cpuLimit) {
                    status = "cpu";
                } else if (System.nanoTime() - start > wallLimit) {
                    status = "wall";
                }
                if (status != null) {
                    answer(dir, n, status, output.toString());
                    Runtime.getRuntime().halt(3);
                }
            }
            answer(dir, n, ok.get() ? "ok" : "error", output.toString());
            Runtime rt = Runtime.getRuntime();
            if (rt.totalMemory() - rt.freeMemory() > rt.maxMemory() * 3 / 4) {
                System.gc();
                if (rt.totalMemory() - rt.freeMemory() > rt.maxMemory() / 2) {
                    return;   // grown: the client starts a fresh one
                }
            }
        }
    }

    /** Waits for the next {@code req-N.go} and returns N (lowest first); null once {@code stop} exists. */
    private static String next(Path dir) throws IOException, InterruptedException {
        for (int idle = 0; ; idle++) {
            try (Stream<Path> entries = Files.list(dir)) {
                String n = entries.map(p -> p.getFileName().toString()).filter(f -> f.startsWith("req-") && f.endsWith(".go"))
                        .map(f -> f.substring(4, f.length() - 3)).min((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)))
                        .orElse(null);
                if (n != null) {
                    Files.delete(dir.resolve("req-" + n + ".go"));
                    return n;
                }
            }
            if (Files.exists(dir.resolve("stop"))) {
                return null;
            }
            // Quick right after a compile (requests come in bursts), then at most every 20 ms.
            Thread.sleep(Math.min(20, 1 + idle / 50));
        }
    }

    private static void answer(Path dir, String n, String status, String output) throws IOException {
        Path tmp = dir.resolve("res-" + n + ".tmp");
        Files.writeString(tmp, status + "\n" + output);
        Files.move(tmp, dir.resolve("res-" + n + ".done"), StandardCopyOption.ATOMIC_MOVE);
    }
}
