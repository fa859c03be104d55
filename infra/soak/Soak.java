import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * ./judge soak, the driver: against the running stack, it measures capacity (submissions judged per
 * second by a closed loop of clients waiting for their verdicts), then for the given minutes sends
 * ordinary submissions at 70 % of it with HostileLoadIT's kinds of hostile traffic beside them
 * (event streams opened and dropped, slow waits, oversized and malformed bodies, null records on
 * the topics), all to 127.0.0.1 and bounded by rates. Every sample period it records, per service,
 * the heap after a full GC, open files and threads, Redis's memory, and the p50/p99 latency
 * (request to verdict, wait=true) of the period's ordinary submissions. It writes samples.csv and
 * summary.md. A benchmark, not a test: it reports numbers.
 * Arguments: API URL, Kafka bootstrap, Redis port, Redis password, run directory (pid files),
 * services as name=metricsPort,..., minutes, output directory.
 */
public class Soak {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Duration SAMPLE = Duration.ofSeconds(Long.getLong("soak.sample-seconds", 20));
    static final Duration CAPACITY_RUN = Duration.ofSeconds(Long.getLong("soak.capacity-seconds", 45));
    static final int CLIENTS = Integer.getInteger("soak.capacity-clients", 8);
    /**
     * How often a slow wait (a 3 s Python sleep, wait=true) is sent: each holds a run box for 3 s, so
     * one every 2 s (HostileLoadIT's pace) would hold 1.5 of the default stack's 2 run boxes for good
     * and leave the soak measuring that, not the stack.
     */
    static final Duration SLOW_WAIT_EVERY = Duration.ofSeconds(Long.getLong("soak.slow-wait-seconds", 10));

    record Service(String name, long pid, int metricsPort) {
    }

    record Sample(long atSec, Map<String, long[]> services, long redisBytes, int done, double p50, double p99,
            int errors) {
    }

    final String api;
    final String bootstrap;
    final int redisPort;
    final String redisPassword;
    final List<Service> services;
    final AtomicInteger sequence = new AtomicInteger();
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** The latest ordinary submission: the event streams are opened on it (in flight or judged). */
    volatile String recent = "none";
    final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger judged = new AtomicInteger();
    final AtomicInteger httpErrors = new AtomicInteger();
    final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final AtomicLong streams = new AtomicLong();
    final AtomicLong badBodies = new AtomicLong();
    final AtomicLong nullRecords = new AtomicLong();
    final AtomicLong slowWaits = new AtomicLong();

    Soak(String api, String bootstrap, int redisPort, String redisPassword, List<Service> services) {
        this.api = api;
        this.bootstrap = bootstrap;
        this.redisPort = redisPort;
        this.redisPassword = redisPassword;
        this.services = services;
    }

    public static void main(String[] a) throws Exception {
        Path run = Path.of(a[4]);
        List<Service> services = new ArrayList<>();
        for (String s : a[5].split(",")) {
            String[] kv = s.split("=");
            services.add(new Service(kv[0], Long.parseLong(Files.readString(run.resolve("pids/" + kv[0] + ".pid")).trim()),
                    Integer.parseInt(kv[1])));
        }
        double minutes = Double.parseDouble(a[6]);
        Path out = Path.of(a[7]);
        Files.createDirectories(out);
        new Soak(a[0], a[1], Integer.parseInt(a[2]), a[3], services).soak(minutes, out);
    }

    /** An ordinary submission: right and wrong answers in Python and C, a C time limit; a new C program now and then. */
    ObjectNode ordinary() {
        int n = sequence.getAndIncrement();
        ObjectNode s = JSON.createObjectNode().put("id", "soak-" + tag + "-" + n);
        recent = "soak-" + tag + "-" + n;
        switch (n % 4) {
            case 0 -> s.put("language", "python").put("source", "a, b = map(int, input().split())\nprint(a + b)\n")
                    .set("tests", tests("2 3", "5", "40 2", "42"));
            case 1 -> s.put("language", "c").put("source", (n % 20 == 1 ? "/* " + UUID.randomUUID() + " */\n" : "")
                    + "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);}\n")
                    .set("tests", tests("2 3", "5", "40 2", "42"));
            case 2 -> s.put("language", "python").put("source", "print(int(input()) * 2)\n").set("tests", tests("2", "5"));
            default -> {
                s.put("language", "c").put("source", "int main(void){for(;;);}").set("tests", tests("", null));
                s.putObject("limits").put("cpuTimeSec", 0.3);
            }
        }
        return s;
    }

    static com.fasterxml.jackson.databind.node.ArrayNode tests(String... io) {
        var arr = JSON.createArrayNode();
        for (int i = 0; i < io.length; i += 2) {
            ObjectNode t = arr.addObject().put("stdin", io[i]);
            if (io[i + 1] == null) {
                t.putNull("expectedOutput");
            } else {
                t.put("expectedOutput", io[i + 1]);
            }
        }
        return arr;
    }

    HttpRequest waitFor(String body) {
        return HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions?wait=true")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Sends one ordinary submission and records its latency and verdict when it comes. */
    java.util.concurrent.CompletableFuture<Void> judgeOne() {
        long start = System.nanoTime();
        sent.incrementAndGet();
        return HTTP.sendAsync(waitFor(ordinary().toString()), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            if (r != null && r.statusCode() == 200) {
                try {
                    String status = JSON.readTree(r.body()).path("status").asText();
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    if (!List.of("QUEUED", "COMPILING", "RUNNING").contains(status)) {
                        judged.incrementAndGet();
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                        return null;
                    }
                } catch (IOException unreadable) {
                    // counted below
                }
            }
            httpErrors.incrementAndGet();
            return null;
        });
    }

    /** Submissions judged per second by CLIENTS clients that each send the next once the last one is judged. */
    double capacity() throws Exception {
        long end = System.nanoTime() + CAPACITY_RUN.toNanos();
        AtomicInteger done = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> r = HTTP.send(waitFor(ordinary().toString()), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            done.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(CAPACITY_RUN.toSeconds() + 180, TimeUnit.SECONDS);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    void soak(double minutes, Path out) throws Exception {
        System.out.println("soak: warming up");
        for (int i = 0; i < 8; i++) {
            judgeOne().join();
        }
        // The hostile traffic runs from before the capacity is measured: its slow waits hold boxes too,
        // so 70 % is of what the stack judges beside it, as the soak then asks of it.
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
        AtomicLong hostileUntil = new AtomicLong(Long.MAX_VALUE);
        hostile(timers, hostileUntil);
        System.out.printf(Locale.ROOT, "soak: measuring capacity (%d clients, %d s, the hostile traffic running)%n", CLIENTS,
                CAPACITY_RUN.toSeconds());
        double capacity = capacity();
        double rate = 0.7 * capacity;
        System.out.printf(Locale.ROOT, "soak: capacity %.2f submissions/s; soaking at %.2f/s for %.1f min%n", capacity, rate, minutes);
        resetCounters();
        long started = System.nanoTime();
        long deadline = started + (long) (minutes * 60e9);
        hostileUntil.set(deadline);
        timers.scheduleAtFixedRate(() -> {
            if (System.nanoTime() < deadline) {
                judgeOne();
            }
        }, 0, (long) (1e6 / rate), TimeUnit.MICROSECONDS);
        List<Sample> samples = new ArrayList<>();
        samples.add(sample(started));
        while (System.nanoTime() < deadline) {
            Thread.sleep(Math.min(SAMPLE.toMillis(), Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            samples.add(sample(started));
            Sample s = samples.get(samples.size() - 1);
            System.out.printf(Locale.ROOT, "soak: %4d s  judged %d  p99 %.0f ms  redis %d MiB%n", s.atSec(), judged.get(), s.p99(),
                    s.redisBytes() >> 20);
        }
        timers.shutdown();
        timers.awaitTermination(5, TimeUnit.SECONDS);
        long drainUntil = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (judged.get() + httpErrors.get() < sent.get() && System.nanoTime() < drainUntil) {
            Thread.sleep(500);
        }
        samples.add(sample(started));
        write(out, samples, capacity, rate, minutes);
    }

    void resetCounters() {
        latencies.clear();
        sent.set(0);
        judged.set(0);
        httpErrors.set(0);
        statuses.clear();
    }

    /** HostileLoadIT's kinds, at bounded rates. */
    void hostile(ScheduledExecutorService timers, AtomicLong until) {
        URI uri = URI.create(api);
        timers.scheduleAtFixedRate(() -> {
            if (System.nanoTime() >= until.get()) {
                return;
            }
            for (int i = 0; i < 5; i++) {
                try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
                    s.setSoTimeout(3000);
                    OutputStream o = s.getOutputStream();
                    o.write(("GET /api/v1/submissions/" + recent + "/events HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                    s.getInputStream().read(new byte[64]);
                } catch (IOException dropped) {
                    // a refused or reset stream is an answer too
                }
                streams.incrementAndGet();
            }
        }, 0, 250, TimeUnit.MILLISECONDS);
        Semaphore slow = new Semaphore(20);
        timers.scheduleAtFixedRate(() -> {
            if (System.nanoTime() < until.get() && slow.tryAcquire()) {
                slowWaits.incrementAndGet();
                String body = "{\"language\": \"python\", \"source\": \"import time\\ntime.sleep(3)\\nprint(input())\","
                        + " \"tests\": [{\"stdin\": \"x\", \"expectedOutput\": \"x\"}]}";
                HTTP.sendAsync(waitFor(body), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> slow.release());
            }
        }, 0, SLOW_WAIT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        byte[] oversized = new byte[9 << 20];
        Arrays.fill(oversized, (byte) 'x');
        timers.scheduleAtFixedRate(() -> {
            if (System.nanoTime() >= until.get()) {
                return;
            }
            long n = badBodies.incrementAndGet();
            byte[] body = n % 10 == 0 ? oversized : "{\"language\": \"python\", \"source\": ".getBytes(StandardCharsets.UTF_8);
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(api + (n % 2 == 0 ? "/submissions" : "/api/v1/submissions")))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException | InterruptedException refused) {
                // a refused oversized upload may end in a reset
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new StringSerializer());
        timers.scheduleAtFixedRate(() -> {
            if (System.nanoTime() >= until.get()) {
                return;
            }
            long n = nullRecords.incrementAndGet();
            producer.send(new ProducerRecord<>("judge.submissions", "soak-null-" + n, n % 2 == 0 ? null : "null"));
            producer.send(new ProducerRecord<>("judge.runs", "soak-null-" + n + "#0", null));
            producer.send(new ProducerRecord<>("judge.outcomes", "soak-null-" + n, ""));
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    Sample sample(long started) {
        Map<String, long[]> per = new LinkedHashMap<>();
        for (Service s : services) {
            per.put(s.name(), new long[] {heapAfterGc(s), openFiles(s.pid()), threads(s.pid())});
        }
        List<Long> window = new ArrayList<>();
        for (Long l; (l = latencies.poll()) != null; ) {
            window.add(l);
        }
        window.sort(null);
        return new Sample((System.nanoTime() - started) / 1_000_000_000, per, redisUsedMemory(), window.size(),
                percentile(window, 0.50), percentile(window, 0.99), httpErrors.get());
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** Heap in use right after a full GC (jcmd GC.run), from the service's own metrics. */
    long heapAfterGc(Service s) {
        try {
            new ProcessBuilder("jcmd", String.valueOf(s.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.metricsPort() + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return (long) metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (IOException | InterruptedException | RuntimeException e) {
            return -1;
        }
    }

    static long openFiles(long pid) {
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return fds.count();
        } catch (IOException e) {
            return -1;
        }
    }

    static long threads(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("Threads:"))
                    .mapToLong(l -> Long.parseLong(l.substring(8).trim())).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    /** used_memory from INFO memory, over a plain socket (RESP). */
    long redisUsedMemory() {
        try (Socket s = new Socket("127.0.0.1", redisPort)) {
            s.setSoTimeout(5000);
            OutputStream o = s.getOutputStream();
            o.write(("AUTH " + redisPassword + "\r\nINFO memory\r\n").getBytes(StandardCharsets.US_ASCII));
            o.flush();
            InputStream in = s.getInputStream();
            StringBuilder reply = new StringBuilder();
            byte[] buf = new byte[8192];
            while (reply.indexOf("used_memory:") < 0 || reply.indexOf("\r\n", reply.indexOf("used_memory:")) < 0) {
                int n = in.read(buf);
                if (n < 0) {
                    break;
                }
                reply.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
            }
            int at = reply.indexOf("used_memory:");
            return Long.parseLong(reply.substring(at + 12, reply.indexOf("\r\n", at)).trim());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    void write(Path out, List<Sample> samples, double capacity, double rate, double minutes) throws IOException {
        StringBuilder csv = new StringBuilder("seconds,service,heap_after_gc_bytes,open_files,threads,redis_used_bytes,judged_in_period,p50_ms,p99_ms\n");
        for (Sample s : samples) {
            s.services().forEach((name, v) -> csv.append(String.format(Locale.ROOT, "%d,%s,%d,%d,%d,%d,%d,%.0f,%.0f%n", s.atSec(), name,
                    v[0], v[1], v[2], s.redisBytes(), s.done(), s.p50(), s.p99())));
        }
        Files.writeString(out.resolve("samples.csv"), csv);
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# Soak, %s%n%n", Instant.now()));
        md.append(String.format(Locale.ROOT, "- duration: %.1f min at %.2f submissions/s (70 %% of a measured capacity of %.2f/s,"
                + " %d clients waiting for verdicts for %d s)%n", minutes, rate, capacity, CLIENTS, CAPACITY_RUN.toSeconds()));
        md.append(String.format(Locale.ROOT, "- ordinary submissions: %d sent, %d judged, %d without a verdict (HTTP error or"
                + " timeout); statuses %s%n", sent.get(), judged.get(), sent.get() - judged.get(), new java.util.TreeMap<>(
                        statuses.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())))));
        md.append(String.format(Locale.ROOT, "- hostile traffic: %d event streams opened and dropped, %d slow waits, %d oversized or"
                + " malformed bodies, %d rounds of null/empty records on judge.submissions, judge.runs, judge.outcomes%n%n",
                streams.get(), slowWaits.get(), badBodies.get(), nullRecords.get()));
        md.append("| service | heap after GC, first → last (max) MiB | open files, first → last (max) | threads, first → last (max) |\n");
        md.append("|---|---|---|---|\n");
        for (String name : first.services().keySet()) {
            md.append("| ").append(name);
            for (int k = 0; k < 3; k++) {
                int idx = k;
                long max = samples.stream().mapToLong(s -> s.services().get(name)[idx]).max().orElse(-1);
                long a = first.services().get(name)[k];
                long b = last.services().get(name)[k];
                md.append(k == 0 ? String.format(Locale.ROOT, " | %d → %d (%d)", a >> 20, b >> 20, max >> 20)
                        : String.format(Locale.ROOT, " | %d → %d (%d)", a, b, max));
            }
            md.append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nRedis used memory: %d → %d MiB (states are kept 24 h, so it grows with"
                + " submissions: %.0f bytes per judged submission)%n%n", first.redisBytes() >> 20, last.redisBytes() >> 20,
                judged.get() == 0 ? 0.0 : (double) (last.redisBytes() - first.redisBytes()) / judged.get()));
        md.append("| at (s) | judged in period | p50 (ms) | p99 (ms) |\n|---|---|---|---|\n");
        for (Sample s : samples.subList(1, samples.size())) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %.0f | %.0f |%n", s.atSec(), s.done(), s.p50(), s.p99()));
        }
        Files.writeString(out.resolve("summary.md"), md);
        System.out.println(md);
    }
}
