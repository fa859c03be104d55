package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.judge.problems.ContentRef;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.reader.PackageReader;
import dev.judge.testing.RedisServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unreferenced test data collected against a real Redis of its own (a collection sees every
 * problem of the server): what a kept version names stays, what none names goes once its grace
 * is over, and an import that stores a file again protects it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemDataCollectorIT {

    private static final Duration GRACE = Duration.ofHours(6);

    private final RedisServer server = server();
    final RedisConnections redis = new RedisConnections(server == null ? uri() : server.uri());
    private final ProblemDataStore data = new ProblemDataStore(redis.bytes());
    private final ProblemStore problems = new ProblemStore(redis.text(), Duration.ofSeconds(1));

    @TempDir
    Path temp;

    /** A Redis of its own: null when a subclass gives a {@link #uri()}. */
    RedisServer server() {
        return RedisServer.startPrivate();
    }

    String uri() {
        throw new IllegalStateException("no server");
    }

    @AfterAll
    void close() {
        redis.close();
        if (server != null) {
            server.stop();
        }
    }

    private ProblemDataCollector collectorAt(long nowMs) {
        return new ProblemDataCollector(redis.text(), GRACE, () -> nowMs);
    }

    private static long later() {
        return System.currentTimeMillis() + GRACE.toMillis() + 60_000;
    }

    private boolean present(ContentRef ref) {
        return redis.text().exists(StateKeys.problemData(ref.sha256())) == 1;
    }

    /** Imports a one-test package as problem {@code id}. */
    private ProblemStore.Stored imported(String id, String input, String answer) throws Exception {
        Path zip = temp.resolve(id + "-" + System.nanoTime() + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : Map.of("problem.yaml", "name: " + id + "\n", "data/secret/1.in", input,
                    "data/secret/1.ans", answer).entrySet()) {
                z.putNextEntry(new ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        ProblemPackage model = new PackageReader().read(zip, data);
        ProblemStore.Stored stored = new ProblemStore.Stored(id, Long.toHexString(System.nanoTime()), System.currentTimeMillis(),
                model, Optional.empty());
        problems.save(stored);
        return stored;
    }

    private ContentRef stamped(String content, long storedAtMs) throws IOException {
        ContentRef ref = data.store(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        redis.text().hset(StateKeys.problemData(ref.sha256()), ProblemDataStore.STORED_AT, String.valueOf(storedAtMs));
        return ref;
    }

    @Test
    void aDeletedProblemsOwnFilesGoAndWhatOthersShareStays() throws Exception {
        imported("kept", "1 2\n", "3\n");
        imported("gone", "40 2\n", "3\n");
        ContentRef keptInput = stamped("1 2\n", 0);
        ContentRef shared = stamped("3\n", 0);
        ContentRef goneInput = stamped("40 2\n", 0);

        collectorAt(later()).collect();
        assertThat(java.util.List.of(keptInput, shared, goneInput)).as("every file referenced").allMatch(this::present);
        problems.delete("gone");
        await("the deleted version to expire").atMost(Duration.ofSeconds(10))
                .until(() -> redis.text().keys("problem-version:gone:*").isEmpty());

        assertThat(collectorAt(later()).collect().removed()).isPositive();
        assertThat(present(goneInput)).isFalse();
        assertThat(present(keptInput)).isTrue();
        assertThat(present(shared)).as("shared with the problem still kept").isTrue();
        assertThat(problems.current("kept")).isPresent();
    }

    @Test
    void anUnreferencedFileStaysForItsGraceAndAnImportStoringItAgainRenewsIt() throws Exception {
        ContentRef orphan = data.store(new ByteArrayInputStream("orphan\n".getBytes(StandardCharsets.UTF_8)));
        long now = System.currentTimeMillis();
        collectorAt(now).collect();
        assertThat(present(orphan)).as("stored just now").isTrue();

        ContentRef old = stamped("stored again\n", 0);
        data.store(new ByteArrayInputStream("stored again\n".getBytes(StandardCharsets.UTF_8)));
        collectorAt(now + 60_000).collect();
        assertThat(present(old)).as("an import stored it again a moment ago").isTrue();

        collectorAt(later()).collect();
        assertThat(present(orphan)).isFalse();
        assertThat(present(old)).isFalse();
        ContentRef again = data.store(new ByteArrayInputStream("orphan\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(data.read(again)).as("storing it again brings it back whole").isEqualTo("orphan\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileFromBeforeStoredAtGetsItsGraceFromWhenItIsFirstSeen() throws Exception {
        ContentRef legacy = stamped("legacy\n", 0);
        redis.text().hdel(StateKeys.problemData(legacy.sha256()), ProblemDataStore.STORED_AT);
        long seen = later();
        collectorAt(seen).collect();
        assertThat(present(legacy)).isTrue();
        assertThat(redis.text().hget(StateKeys.problemData(legacy.sha256()), ProblemDataStore.STORED_AT))
                .isEqualTo(String.valueOf(seen));
        collectorAt(seen + GRACE.toMillis()).collect();
        assertThat(present(legacy)).isFalse();
    }

    @Test
    void oneInstanceCollectsAtATime() throws Exception {
        ContentRef orphan = stamped("busy\n", 0);
        redis.text().set(StateKeys.PROBLEM_DATA_COLLECTION, "another instance");
        try {
            assertThat(collectorAt(later()).collectUnlessBusy("this instance", Duration.ofMinutes(1))).isEmpty();
            assertThat(present(orphan)).isTrue();
        } finally {
            redis.text().del(StateKeys.PROBLEM_DATA_COLLECTION);
        }
        assertThat(collectorAt(later()).collectUnlessBusy("this instance", Duration.ofMinutes(1)))
                .hasValueSatisfying(c -> assertThat(c.removed()).isPositive());
        assertThat(redis.text().exists(StateKeys.PROBLEM_DATA_COLLECTION)).as("given back").isZero();
    }

    @Test
    void aKeptValidatorNoVersionNamesGoesOnceUnreadForTheGrace() throws Exception {
        String named = StateKeys.validator(Long.toHexString(System.nanoTime()) + "a".repeat(48));
        String orphan = StateKeys.validator(Long.toHexString(System.nanoTime()) + "b".repeat(48));
        String checker = StateKeys.validator(Long.toHexString(System.nanoTime()) + "c".repeat(48));
        for (String key : java.util.List.of(named, orphan, checker)) {
            redis.bytes().set(key, new byte[] {'J', 'A', 1, 0});
        }
        redis.text().expire(checker, Duration.ofMinutes(10));
        ProblemStore.Stored version = imported("validated", "7 7\n", "14\n");
        problems.save(new ProblemStore.Stored(version.id(), version.version() + "v", version.importedAtMs(), version.problem(),
                Optional.of(new ProblemStore.BuiltValidator("c", named, null))));

        collectorAt(later()).collect();
        assertThat(redis.text().exists(orphan)).as("read within the grace (6 h)").isOne();
        ProblemDataCollector brief = new ProblemDataCollector(redis.text(), Duration.ofSeconds(1), System::currentTimeMillis);
        await("the orphan unread for a second").atMost(Duration.ofSeconds(15)).until(() -> {
            brief.collect();
            return redis.text().exists(orphan) == 0;
        });
        assertThat(redis.text().exists(named)).as("named by the problem's version").isOne();
        assertThat(redis.text().exists(checker)).as("a submission's checker expires by itself").isOne();
    }

    @Test
    void aNegativeGraceIsRefused() {
        assertThatThrownBy(() -> new ProblemDataCollector(redis.text(), Duration.ofSeconds(-1), () -> 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
