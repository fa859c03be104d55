package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Artifact;
import dev.judge.model.Language;
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
    void aValidatorKeptForAProblemStaysKeptWhateverCheckerSharesItsDigest() {
        ArtifactStore store = new ArtifactStore(redis.bytes());
        Artifact program = new Artifact(Map.of("prog", new byte[] {4}), List.of("prog"));
        String shared = StateKeys.validator(Artifact.digest(Language.C, "1", List.of(), id()));
        store.put(shared, program, Duration.ofSeconds(30));   // a submission's checker, first
        assertThat(store.keepStored(shared)).as("then a problem's validator with its digest").isTrue();
        assertThat(redis.text().ttl(shared)).isEqualTo(-1);
        assertThat(redis.text().zscore(StateKeys.ARTIFACTS_LAST_USE, shared)).as("out of the memory guard's reach").isNull();

        assertThat(store.refreshUnlessKept(shared, Duration.ofSeconds(30))).as("a checker again").isTrue();
        assertThat(redis.text().ttl(shared)).as("still kept").isEqualTo(-1);
        String expiring = StateKeys.validator(Artifact.digest(Language.C, "1", List.of(), id()));
        assertThat(store.refreshUnlessKept(expiring, TTL)).isFalse();
        store.put(expiring, program, Duration.ofSeconds(30));
        assertThat(store.refreshUnlessKept(expiring, Duration.ofMinutes(10))).isTrue();
        assertThat(redis.text().ttl(expiring)).isGreaterThan(60);
        assertThat(store.keepStored(StateKeys.validator("0".repeat(64)))).isFalse();
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
}
