package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Artifact;
import dev.judge.model.Language;
import dev.judge.model.Status;
import dev.judge.model.SubmissionState;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.testing.RedisServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Each typed store against a real Redis: what is written is read back, under the keys StateKeys names. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoresIT {

    private static final Duration TTL = Duration.ofMinutes(5);
    final RedisConnections redis = new RedisConnections(uri());

    /** Where the stores are tested: a standalone server here, a cluster in the subclass. */
    String uri() {
        return RedisServer.shared().uri();
    }

    @AfterAll
    void close() {
        redis.close();
    }

    private static String id() {
        return "stores-" + UUID.randomUUID();
    }

    @Test
    void stopMarksKeepTheLowestFailingIndex() {
        StopMarks marks = new StopMarks(redis.bytes(), TTL);
        String id = id();
        assertThat(marks.isAfterFailure(id, 5)).isFalse();
        marks.failed(id, 7);
        marks.failed(id, 3);
        marks.failed(id, 9);
        assertThat(marks.isAfterFailure(id, 3)).isFalse();
        assertThat(marks.isAfterFailure(id, 4)).isTrue();
        assertThat(redis.text().ttl(StateKeys.stop(id))).isPositive();
    }

    @Test
    void fullOutputsComeBackByteForByteUnderTheKeyTheyWereStoredUnder() {
        FullOutputStore outputs = new FullOutputStore(redis.bytes(), TTL);
        String id = id();
        byte[] out = {(byte) 0xff, (byte) 0xfe, 0, 1};
        String key = outputs.store(id, 2, out, "err".getBytes(StandardCharsets.UTF_8));
        assertThat(key).isEqualTo(StateKeys.output(id, 2));
        FullOutputStore.Outputs read = outputs.read(key).orElseThrow();
        assertThat(read.stdout()).containsExactly(out);
        assertThat(read.stderrText()).isEqualTo("err");
        assertThat(outputs.read(StateKeys.output(id, 3))).isEmpty();
    }

    @Test
    void whatASubmissionKeepsIsBoundedAndACutIsMarked() {
        FullOutputStore outputs = new FullOutputStore(redis.bytes(), TTL, 10_000);
        String id = id();
        String first = outputs.store(id, 0, new byte[6_000], new byte[1_000]);
        String second = outputs.store(id, 1, new byte[6_000], new byte[1_000]);
        assertThat(outputs.read(first).orElseThrow().cut()).isFalse();
        FullOutputStore.Outputs cut = outputs.read(second).orElseThrow();
        assertThat(cut.cut()).isTrue();
        assertThat(cut.stdout().length + cut.stderr().length).isEqualTo(3_000);
        assertThat(outputs.read(outputs.store(id, 2, new byte[10], new byte[0])).orElseThrow().stdout()).isEmpty();
        SubmissionStore store = SubmissionStore.on(redis, TTL);
        TestResult t = new TestResult(1, Status.ACCEPTED, 0, 0, 0, 0, null, "", "", true);
        assertThat(store.withFullOutputs(id, t).stdout()).endsWith(SubmissionStore.CUT_MARK);
    }

    @Test
    void theRegistryTellsNewResentAndConflictingIdsApart() {
        SubmissionRegistry registry = new SubmissionRegistry(redis.bytes(), TTL);
        String id = id();
        assertThat(registry.claim(id, "d1")).isEqualTo(SubmissionRegistry.Claim.NEW);
        assertThat(registry.claim(id, "d1")).isEqualTo(SubmissionRegistry.Claim.SAME_BODY_UNFINISHED);
        registry.markDispatched(id);
        assertThat(registry.claim(id, "d1")).isEqualTo(SubmissionRegistry.Claim.SAME_BODY_DISPATCHED);
        assertThat(registry.claim(id, "d2")).isEqualTo(SubmissionRegistry.Claim.OTHER_BODY);
    }

    @Test
    void artifactsAreStoredAndAHitRefreshesTheirTimeToLive() {
        ArtifactStore store = new ArtifactStore(redis.bytes());
        String key = StateKeys.artifact(Artifact.digest(Language.C, "1", List.of(), id()));
        assertThat(store.contains(key, TTL)).isFalse();
        store.put(key, new Artifact(Map.of("prog", new byte[] {1, 2, 3}), List.of("prog")), Duration.ofSeconds(30));
        assertThat(store.contains(key, Duration.ofMinutes(10))).isTrue();
        assertThat(redis.text().ttl(key)).isGreaterThan(60);
        assertThat(store.get(key).orElseThrow().files().get("prog")).containsExactly(1, 2, 3);
    }

    @Test
    void artifactsAboveAKibibyteAreStoredWithZstdAndOlderEntriesStayReadable() {
        ArtifactStore store = new ArtifactStore(redis.bytes());
        byte[] big = "int main(void) { return 0; }\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        String bigKey = StateKeys.artifact(Artifact.digest(Language.C, "1", List.of(), id()));
        ArtifactStore.Stored stored = store.put(bigKey, new Artifact(Map.of("prog", big), List.of("prog")), TTL);
        assertThat(stored.compressed()).isTrue();
        assertThat(stored.storedBytes()).isLessThan(stored.rawBytes() / 10);
        assertThat(redis.bytes().get(bigKey)).startsWith('J', 'A', 1, 1);
        assertThat(store.get(bigKey).orElseThrow().files().get("prog")).isEqualTo(big);

        String smallKey = StateKeys.artifact(Artifact.digest(Language.C, "1", List.of(), id()));
        assertThat(store.put(smallKey, new Artifact(Map.of("main.py", new byte[] {'1'}), List.of()), TTL).compressed()).isFalse();
        assertThat(store.get(smallKey).orElseThrow().files().get("main.py")).containsExactly('1');

        String legacyKey = StateKeys.artifact(Artifact.digest(Language.C, "1", List.of(), id()));
        redis.bytes().setex(legacyKey, 60, new Artifact(Map.of("prog", big), List.of("prog")).encode());
        assertThat(store.get(legacyKey).orElseThrow().executable()).containsExactly("prog");
    }

    @Test
    void toolchainsAreStructured() {
        Toolchains toolchains = new Toolchains(redis.text());
        toolchains.announce(new Toolchains.Installed(Language.PYTHON, "Python", "3.11.2"));
        assertThat(toolchains.installed(Language.PYTHON)).contains(new Toolchains.Installed(Language.PYTHON, "Python", "3.11.2"));
        redis.text().hset(StateKeys.TOOLCHAINS, "javascript", "v18.19.0 written by an older release");
        assertThat(toolchains.installed(Language.JAVASCRIPT)).isEmpty();
    }

    @Test
    void workersAreSummedOverInstances() {
        Workers workers = new Workers(redis.text(), redis.textAsync());
        String stage = "stage-" + UUID.randomUUID();
        workers.report(stage, "a", 4, 1, 30);
        workers.report(stage, "b", 2, 2, 30);
        org.awaitility.Awaitility.await().untilAsserted(() ->
                assertThat(workers.load(stage)).isEqualTo(new Workers.Load(6, 3)));
    }

    @Test
    void callbacksAreLeasedThenRetriedOrDone() {
        CallbackQueue queue = new CallbackQueue(redis.text());
        String token = id();
        queue.enqueue(token, 1_000);
        assertThat(queue.lease(2_000, 100, 60_000)).contains(token);
        assertThat(queue.lease(2_000, 100, 60_000)).doesNotContain(token);   // leased into the future
        assertThat(queue.attempt(token)).isEqualTo(1);
        queue.retryAt(token, 3_000);
        assertThat(queue.lease(3_000, 100, 60_000)).contains(token);
        queue.done(token);
        assertThat(queue.lease(Long.MAX_VALUE / 2, 100, 0)).doesNotContain(token);
    }

    @Test
    void judge0RequestsRoundTrip() {
        Judge0Requests requests = new Judge0Requests(redis.text(), TTL);
        Judge0Request r = new Judge0Request(id(), "print(1)", 71, null, new byte[] {(byte) 0xff, 0, '1'}, "-O2", null, "http://example.org/cb", 5, 1, 10,
                128_000, 64_000, 60, 1024, 2, false, true, false, Instant.parse("2026-11-28T00:00:00Z"), true);
        requests.save(r);
        assertThat(requests.load(r.token()).orElseThrow()).usingRecursiveComparison().isEqualTo(r);
        assertThat(requests.load("missing-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void anIdFirstUsedThroughKafkaCannotBeTakenOverHttpByAnotherBody() {
        SubmissionStore store = SubmissionStore.on(redis, TTL);
        SubmissionRegistry registry = new SubmissionRegistry(redis.bytes(), TTL);
        String id = id();
        assertThat(registry.claim(id, "kafka-body")).isEqualTo(SubmissionRegistry.Claim.NEW);
        store.compilationStarted(id, 1, 1_000, 1_001);
        assertThat(store.queue(id, "http-body")).isEqualTo(SubmissionStore.Queued.OTHER_BODY);
        assertThat(store.queue(id, "kafka-body")).as("the same body, resent over HTTP").isEqualTo(SubmissionStore.Queued.SAME_BODY);
        String stateOnly = id();
        store.compilationStarted(stateOnly, 1, 1_000, 1_001);
        assertThat(store.queue(stateOnly, "http-body")).as("known to the pipeline, not to the API")
                .isEqualTo(SubmissionStore.Queued.OTHER_BODY);
    }

    @Test
    void submissionStateMovesForwardOnlyAndKeepsItsVerdict() {
        SubmissionStore store = SubmissionStore.on(redis, TTL);
        String id = id();
        assertThat(store.queue(id, "digest")).isEqualTo(SubmissionStore.Queued.NEW);
        assertThat(store.queue(id, "digest")).isEqualTo(SubmissionStore.Queued.SAME_BODY);
        assertThat(store.queue(id, "other")).isEqualTo(SubmissionStore.Queued.OTHER_BODY);
        store.compiled(id, 2, 1_000, 1_100, 50, true, Language.CPP, null, null);
        store.compilationStarted(id, 2, 1_000, 1_100);
        assertThat(store.view(id)).contains(new SubmissionView.InFlight(SubmissionState.RUNNING, 0, 2));
        TestResult t = new TestResult(0, Status.ACCEPTED, 0.1, 0.2, 100, 0, null, "x".repeat(10_000), "", true);
        assertThat(store.recordTests(id, 2, List.of(t), 2_000, 2_100).recordedNow()).containsExactly(0);
        assertThat(store.recordTests(id, 2, List.of(t), 2_000, 2_100).recordedNow()).isEmpty();
        SubmissionProgress p = store.progress(id);
        assertThat(p.done()).isEqualTo(1);
        assertThat(p.passed()).isEqualTo(1);
        assertThat(p.stopOnFirstFailure()).isTrue();
        assertThat(p.tests()).containsExactly(t);
        Verdict v = new Verdict(id, Status.ACCEPTED, null, null, List.of(t), 1, 2, 0.1, 100,
                new Verdict.Timings(100, 50, 100, 1_200));
        store.saveVerdict(v);
        store.recordTests(id, 2, List.of(t), 2_000, 2_100);
        assertThat(store.view(id)).contains(new SubmissionView.Judged(v));
        assertThat(store.verdict(id)).contains(v);
    }

    @Test
    void aViewIsTheVerdictOrAnInFlightStateAndNothingForAnUnknownId() {
        SubmissionStore store = SubmissionStore.on(redis, TTL);
        String id = id();
        assertThat(store.view(id)).isEmpty();
        store.queue(id, "digest");
        assertThat(store.view(id)).contains(new SubmissionView.InFlight(SubmissionState.QUEUED, 0, 0));
        String stray = id();
        redis.text().hset(StateKeys.state(stray), Map.of("state", "DONE", "total", "3"));
        assertThat(store.view(stray)).as("DONE without a verdict is not a state a client is shown")
                .contains(new SubmissionView.InFlight(SubmissionState.RUNNING, 0, 3));
    }
}
