package dev.judge.api.nativeapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Language;
import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.state.RedisConnections;
import dev.judge.state.FullOutputStore;
import dev.judge.state.KeptOutputs;
import dev.judge.state.SubmissionIds;
import dev.judge.state.SubmissionTransitions;
import dev.judge.state.SubmissionViews;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/submissions/{id}} against a real Redis while verdicts are recorded as
 * result-service records them: every answer is the verdict or an in-flight state of the contract
 * (QUEUED, COMPILING, RUNNING), never DONE without the verdict.
 */
class SubmissionReadIT {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final int SUBMISSIONS = 200;
    private static final int AT_ONCE = 8;
    private static final List<String> IN_FLIGHT = List.of("QUEUED", "COMPILING", "RUNNING");

    private static final RedisConnections apiRedis = new RedisConnections(RedisServer.shared().uri());
    private static final RedisConnections resultRedis = new RedisConnections(RedisServer.shared().uri());

    @AfterAll
    static void close() {
        apiRedis.close();
        resultRedis.close();
    }

    @Test
    void aReadWhileTheVerdictIsRecordedIsTheVerdictOrAnInFlightStateNeverDoneAlone() throws Exception {
        SubmissionIds ids = new SubmissionIds(apiRedis.text(), TTL);
        SubmissionTransitions writes = new SubmissionTransitions(resultRedis.text(), TTL);
        NativeSubmissionController api = new NativeSubmissionController(null, new SubmissionViews(apiRedis.text()),
                new KeptOutputs(new FullOutputStore(apiRedis.bulk(), TTL)), null, null, null);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(2 * AT_ONCE);
        try {
            for (int wave = 0; wave < SUBMISSIONS / AT_ONCE; wave++) {
                List<CompletableFuture<Void>> running = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    String id = "read-" + UUID.randomUUID();
                    ids.queue(id, "digest");
                    writes.compiled(id, 1, 1, 2, 3, false, Language.C, null, null);
                    CountDownLatch reading = new CountDownLatch(1);
                    running.add(CompletableFuture.runAsync(() -> readUntilVerdict(api, id, reading, wrong), threads));
                    running.add(CompletableFuture.runAsync(() -> recordVerdict(writes, id, reading), threads));
                }
                CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(wrong).as("answers outside the contract in %d submissions", SUBMISSIONS).isEmpty();
    }

    /** Reads as a polling client does, from before the verdict until it is there. */
    private static void readUntilVerdict(NativeSubmissionController api, String id, CountDownLatch reading,
            ConcurrentLinkedQueue<String> wrong) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Object body;
        do {
            body = api.get(id).getBody();
            reading.countDown();
            if (!(body instanceof Verdict) && !(body instanceof Map<?, ?> m && IN_FLIGHT.contains(String.valueOf(m.get("status"))))) {
                wrong.add(id + ": " + body);
            }
        } while (!(body instanceof Verdict) && System.nanoTime() < deadline);
        assertThat(body).as("the verdict of %s", id).isInstanceOf(Verdict.class);
    }

    /** What result-service does for a one-test submission: records the test, then the verdict. */
    private static void recordVerdict(SubmissionTransitions store, String id, CountDownLatch reading) {
        try {
            reading.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        TestResult test = new TestResult(0, Status.ACCEPTED, 0.01, 0.02, 1024, 0, null, "3\n", "", false);
        store.recordTests(id, 1, List.of(test), 10, 20);
        store.saveVerdict(new Verdict(id, Status.ACCEPTED, null, null, List.of(test), 1, 1, 0.01, 1024,
                new Verdict.Timings(1, 3, 10, 19)));
    }
}
