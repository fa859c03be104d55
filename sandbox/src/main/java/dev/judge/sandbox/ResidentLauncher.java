package dev.judge.sandbox;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code judgebox --serve} process shared by a pool's boxes: each command is a request on
 * its standard input instead of a process the JVM spawns, and the launcher forks a worker for it
 * (see serve.c for the protocol). Commands for different boxes run at the same time.
 *
 * <p>The process is started on first use and again after it ended; a launcher that does not
 * speak the protocol (the official isolate) makes {@link #session} fail, and the caller spawns a
 * process per command instead. If the process dies, every command in flight fails with an
 * {@link IOException} (its box is marked broken by the caller); if it stops answering, it is
 * killed, which kills every command and box it runs.
 */
final class ResidentLauncher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ResidentLauncher.class);
    private static final String READY = "judgebox-serve 1";
    /** The launcher refuses a request of this size or more, and ends with every command it runs. */
    static final int MAX_REQUEST_BYTES = 1 << 20;
    /** How long past a command's own timeout the launcher may take to answer before it counts as hung. */
    private static final long ANSWER_GRACE_SEC = 10;

    private final Path binary;
    private final Path errorLog;
    private final AtomicLong ids = new AtomicLong();
    private Session session;

    ResidentLauncher(Path binary, Path errorLog) {
        this.binary = binary;
        this.errorLog = errorLog;
    }

    /** The running process, started if none runs; fails when the launcher does not support {@code --serve}. */
    synchronized Session session() throws IOException {
        if (session != null && session.process.isAlive()) {
            return session;
        }
        ProcessBuilder builder = new ProcessBuilder(binary.toString(), "--serve")
                .redirectError(ProcessBuilder.Redirect.appendTo(errorLog.toFile()));
        // Nothing of this JVM's environment (JUDGE_REDIS_URI and other secrets) for a launcher
        // whose boxes run untrusted code; only where its configuration is.
        builder.environment().clear();
        String config = System.getenv("JUDGEBOX_CONFIG");
        if (config != null) {
            builder.environment().put("JUDGEBOX_CONFIG", config);
        }
        Process p = builder.start();
        BufferedReader answers = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String first = answers.readLine();
        if (!READY.equals(first)) {
            p.destroyForcibly();
            throw new UnsupportedOperationException(binary + " does not support --serve (it answered " + first + ")");
        }
        Session started = new Session(p);
        Thread reader = new Thread(() -> started.readAnswers(answers), "judgebox-serve-answers");
        reader.setDaemon(true);
        reader.start();
        log.info("Resident launcher {} started (pid {})", binary, p.pid());
        session = started;
        return started;
    }

    /**
     * Runs {@code judgebox ARGS...} with its output in {@code output}; returns its exit status
     * (128 + the signal when it was killed by one).
     */
    int call(List<String> args, Path output, double timeoutSec) throws IOException, InterruptedException {
        String id = Long.toString(ids.incrementAndGet());
        byte[] request = request(id, (long) Math.ceil(timeoutSec * 1000), output, args);
        if (request.length >= MAX_REQUEST_BYTES) {
            // Sent, it would end the launcher and every command it runs.
            throw new IOException("a launcher command of " + request.length + " bytes is too long (at most "
                    + (MAX_REQUEST_BYTES - 1) + ")");
        }
        Session s = session();
        CompletableFuture<String> answer = new CompletableFuture<>();
        s.pending.put(id, answer);
        try {
            if (s.ended) {
                throw new IOException("the resident launcher (pid " + s.process.pid() + ") ended");
            }
            s.send(request);
            String reply = answer.get((long) Math.ceil(timeoutSec) + ANSWER_GRACE_SEC, TimeUnit.SECONDS);
            return exitStatus(reply, timeoutSec);
        } catch (TimeoutException e) {
            s.stop("it did not answer within " + timeoutSec + " s and its grace");
            throw new IOException("the resident launcher did not answer within " + timeoutSec + " s", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } finally {
            s.pending.remove(id);
        }
    }

    private static int exitStatus(String reply, double timeoutSec) throws IOException {
        String[] parts = reply.split(" ", 2);
        switch (parts[0]) {
            case "exit":
                return Integer.parseInt(parts[1].trim());
            case "signal":
                return 128 + Integer.parseInt(parts[1].trim());
            case "timeout":
                throw new IOException("the launcher did not finish within " + timeoutSec + " s");
            default:
                throw new IOException("the resident launcher refused the command: " + reply);
        }
    }

    private static byte[] request(String id, long timeoutMs, Path output, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, id);
        field(out, Long.toString(timeoutMs));
        field(out, output.toString());
        field(out, Integer.toString(args.size()));
        for (String arg : args) {
            field(out, arg);
        }
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a launcher argument contains a NUL character: " + value.replace('\0', '?'));
        }
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    /** One launcher process, the commands it was sent and has not answered yet. */
    private static final class Session {
        private final Process process;
        private final OutputStream requests;
        private final Map<String, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private volatile boolean ended;
        private volatile boolean closing;

        Session(Process process) {
            this.process = process;
            this.requests = process.getOutputStream();
        }

        synchronized void send(byte[] request) throws IOException {
            try {
                requests.write(request);
                requests.flush();
            } catch (IOException e) {
                stop("its standard input failed: " + e.getMessage());
                throw new IOException("the resident launcher could not take the command: " + e.getMessage(), e);
            }
        }

        void readAnswers(BufferedReader answers) {
            try {
                String line;
                while ((line = answers.readLine()) != null) {
                    int space = line.indexOf(' ');
                    CompletableFuture<String> answer = space < 0 ? null : pending.get(line.substring(0, space));
                    if (answer == null) {
                        log.info("Resident launcher: an answer nobody waits for any more (the caller gave up): {}", line);
                        continue;
                    }
                    answer.complete(line.substring(space + 1));
                }
            } catch (IOException e) {
                log.warn("Resident launcher: its answers could not be read: {}", e.getMessage());
            }
            // It will never answer the commands still waiting.
            ended = true;
            process.destroyForcibly();
            IOException gone = new IOException("the resident launcher (pid " + process.pid() + ") ended");
            pending.values().forEach(f -> f.completeExceptionally(gone));
            if (!closing) {
                log.warn("Resident launcher (pid {}) ended; the next command starts a new one", process.pid());
            }
        }

        void stop(String why) {
            log.error("Stopping the resident launcher (pid {}): {}", process.pid(), why);
            process.destroyForcibly();
        }

        void close() {
            closing = true;
            try {
                requests.close();   // the launcher kills whatever still runs and exits
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException e) {
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
