package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile traffic against the real stack (20 s in {@code ./judge test}; {@code -Djudge.hostile-load.seconds=N}
 * runs it longer, as a soak), all on loopback and bounded in count and
 * time: thousands of event streams opened and dropped, a few hundred waits, oversized and
 * malformed bodies, null records on the topics. Then the API must answer at once, a normal
 * submission must get its verdict, what the services hold must be back near where it started, and
 * the health endpoints must have told the truth (UP) throughout.
 */
class HostileLoadIT {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("judge.hostile-load.seconds", 20));
    private static Pipeline pipeline;
    private static String api;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("hostile-load").startAll();
        api = pipeline.api(0);
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    private static long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String slow(String id) {
        return """
                {"id": "%s", "language": "python", "source": "import time\\ntime.sleep(3)\\nprint(input())",
                 "tests": [{"stdin": "x", "expectedOutput": "x"}]}
                """.formatted(id);
    }

    private static double gauge(String name) {
        return Http.get(pipeline.apiMetrics(0)).body().lines().filter(l -> l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void theStackSurvivesHostileTrafficAndComesBack() throws Exception {
        // Warm up (JIT, pools, connections), then take the starting point.
        Http.post(api + "/api/v1/submissions?wait=true", slow("warm-" + UUID.randomUUID()));
        long fdsAtStart = openFiles();
        long heapAtStart = heapAfterGc();

        long deadline = System.nanoTime() + LOAD.toNanos();
        AtomicInteger streamsOpened = new AtomicInteger();
        AtomicInteger waitsSent = new AtomicInteger();
        AtomicInteger badBodies = new AtomicInteger();
        AtomicLong healthChecks = new AtomicLong();
        ConcurrentLinkedQueue<String> unhealthy = new ConcurrentLinkedQueue<>();
        ExecutorService actors = Executors.newFixedThreadPool(6);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String watched = "watched-" + UUID.randomUUID();
        Http.post(api + "/api/v1/submissions", """
                {"id": "%s", "language": "c", "source": "int main(void){for(;;);}", "tests": [{"stdin": ""}],
                 "limits": {"cpuTimeSec": 5, "wallTimeSec": 90}}
                """.formatted(watched));
        URI apiUri = URI.create(api);
        JudgeClient kafka = new JudgeClient();

        // Streams opened and dropped at once, up to 4000.
        actors.execute(() -> {
            while (System.nanoTime() < deadline && streamsOpened.get() < 4000) {
                try (Socket s = new Socket(apiUri.getHost(), apiUri.getPort())) {
                    s.setSoTimeout(5000);
                    OutputStream out = s.getOutputStream();
                    out.write(("GET /api/v1/submissions/" + watched + "/events HTTP/1.1\r\nHost: x\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    InputStream in = s.getInputStream();
                    in.read(new byte[64]);
                    streamsOpened.incrementAndGet();
                } catch (IOException e) {
                    streamsOpened.incrementAndGet();
                }
            }
        });
        // A few hundred waits, at most 200 at a time.
        Semaphore inFlight = new Semaphore(200);
        actors.execute(() -> {
            while (System.nanoTime() < deadline && waitsSent.get() < 600) {
                try {
                    inFlight.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                waitsSent.incrementAndGet();
                String id = "wait-" + (waitsSent.get() % 20) + "-" + watched;
                http.sendAsync(HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions?wait=true"))
                        .timeout(Duration.ofSeconds(90)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(slow(id))).build(), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((r, e) -> inFlight.release());
            }
        });
        // Oversized and malformed bodies.
        byte[] oversized = new byte[9 << 20];
        java.util.Arrays.fill(oversized, (byte) 'x');
        actors.execute(() -> {
            while (System.nanoTime() < deadline && badBodies.get() < 400) {
                byte[] body = badBodies.get() % 10 == 0 ? oversized : "{\"language\": \"python\", \"source\": ".getBytes();
                try {
                    http.send(HttpRequest.newBuilder(URI.create(api + (badBodies.get() % 2 == 0 ? "/submissions" : "/api/v1/submissions")))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
                } catch (IOException | InterruptedException e) {
                    // a refused oversized upload may end in a reset: that is an answer too
                }
                badBodies.incrementAndGet();
            }
        });
        // Null and empty records on every topic, and the health endpoints, on a schedule.
        java.util.concurrent.ScheduledExecutorService paced = Executors.newScheduledThreadPool(2);
        AtomicInteger nulls = new AtomicInteger();
        paced.scheduleWithFixedDelay(() -> {
            int n = nulls.getAndIncrement();
            if (System.nanoTime() < deadline && n < 300) {
                String key = "null-" + n;
                kafka.sendRaw(Topics.SUBMISSIONS, key, n % 2 == 0 ? null : "null");
                kafka.sendRaw(Topics.RUNS, key + "#0", null);
                kafka.sendRaw(Topics.OUTCOMES, key, "");
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        List<String> healthUrls = pipeline.metricsUrls().stream().map(u -> u.replace("/prometheus", "/health")).toList();
        paced.scheduleWithFixedDelay(() -> {
            if (System.nanoTime() < deadline) {
                for (String url : healthUrls) {
                    Http.Response r = Http.get(url);
                    healthChecks.incrementAndGet();
                    if (r.status() != 200 || !r.body().contains("\"UP\"")) {
                        unhealthy.add(url + " " + r.status() + " " + r.body());
                    }
                }
            }
        }, 0, 1, TimeUnit.SECONDS);
        await().atMost(LOAD.plusSeconds(5)).until(() -> System.nanoTime() >= deadline);
        paced.shutdown();
        assertThat(paced.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        actors.shutdown();
        assertThat(actors.awaitTermination(LOAD.toSeconds() + 60, TimeUnit.SECONDS)).isTrue();
        kafka.close();

        // The load happened (how much depends on the host; what matters is what the stack did after it).
        assertThat(streamsOpened.get()).as("streams opened and dropped").isPositive();
        assertThat(waitsSent.get()).as("waits").isPositive();
        assertThat(badBodies.get()).as("bad bodies").isPositive();
        assertThat(healthChecks.get()).isPositive();
        assertThat(unhealthy).as("health answers that were not UP").isEmpty();

        // The API answers at once.
        HttpResponse<String> languages = http.send(HttpRequest.newBuilder(URI.create(api + "/languages"))
                .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(languages.statusCode()).isEqualTo(200);
        // A normal submission still gets its verdict.
        Http.Response normal = Http.post(api + "/api/v1/submissions?wait=true", """
                {"language": "python", "source": "print(input()[::-1])", "tests": [{"stdin": "judge", "expectedOutput": "egduj"}]}
                """);
        assertThat(normal.json().get("status").asString()).isEqualTo("ACCEPTED");
        // What was held is released, and resources are back near the start.
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            assertThat(gauge("api_open_streams")).isZero();
            assertThat(gauge("api_waiting_requests")).isZero();
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(openFiles()).as("open files of the JVM running the services").isLessThan(fdsAtStart + 200));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(heapAfterGc()).as("heap after GC").isLessThan(heapAtStart + (256L << 20)));
        for (String url : healthUrls) {
            assertThat(Http.get(url).body()).contains("\"UP\"");
        }
    }

}
