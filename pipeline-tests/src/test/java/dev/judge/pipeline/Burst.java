package dev.judge.pipeline;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Submissions sent to the native HTTP API at a steady pace while a test injects a fault, bounded in
 * count, and what became of each one a client was told was accepted (201 or 202). A submission
 * the API refused or did not answer in time was never promised a verdict, and is counted apart.
 */
final class Burst implements AutoCloseable {

    private static final Set<String> IN_FLIGHT = Set.of("QUEUED", "COMPILING", "RUNNING");

    private final String api;
    private final String prefix = UUID.randomUUID().toString().substring(0, 6);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile int count;

    /**
     * Starts sending {@code count} submissions, one every {@code spacing}; {@code body} makes the
     * n-th one's JSON from its id.
     */
    Burst(String api, int count, Duration spacing, BiFunction<Integer, String, String> body) {
        this.api = api;
        this.count = count;
        AtomicInteger next = new AtomicInteger();
        pace.scheduleAtFixedRate(() -> {
            int n = next.getAndIncrement();
            if (n >= count || pace.isShutdown()) {
                return;
            }
            String id = "burst-" + prefix + "-" + n;
            sent.incrementAndGet();
            http.sendAsync(HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.apply(n, id)))
                    .build(), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                        if (r != null && (r.statusCode() == 201 || r.statusCode() == 202)) {
                            accepted.add(id);
                        } else {
                            refused.put(id, r == null ? 0 : r.statusCode());
                        }
                        answered.incrementAndGet();
                    });
        }, 0, spacing.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until every submission was sent and answered (or timed out). */
    Burst awaitAnswered(Duration atMost) {
        await().atMost(atMost).until(() -> answered.get() >= count);
        pace.shutdown();
        return this;
    }

    /** Sends no more: the burst is as long as what was sent so far. */
    void stop() throws InterruptedException {
        pace.shutdown();
        pace.awaitTermination(10, TimeUnit.SECONDS);
        count = sent.get();
    }

    /** How many were sent so far. */
    int sent() {
        return sent.get();
    }

    List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** Refused or unanswered submissions by HTTP status (0: no answer in time). */
    Map<Integer, Integer> refused() {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        refused.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
        return byStatus;
    }

    /** What an HTTP client sees of an accepted submission now: a final status, an in-flight one, or 404. */
    String shown(String id) {
        return shown(api, id);
    }

    /** What an HTTP client of the API at {@code api} sees of a submission now. */
    static String shown(String api, String id) {
        Http.Response r = Http.get(api + "/api/v1/submissions/" + id);
        return r.status() == 404 ? "404" : r.status() != 200 ? "HTTP " + r.status() : r.json().get("status").asString();
    }

    static boolean isFinal(String shown) {
        return !IN_FLIGHT.contains(shown) && !shown.startsWith("HTTP");
    }

    @Override
    public void close() {
        pace.shutdownNow();
    }
}
