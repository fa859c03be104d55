package dev.judge.run.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.problems.ContentRef;
import dev.judge.state.ProblemDataStore;
import dev.judge.state.RedisConnections;
import dev.judge.testing.RedisServer;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The host's test data cache against a real Redis: bounded, least recently used files out first, never a wrong byte. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemDataCacheIT {

    private static final int KIB = 1024;

    private final RedisConnections redis = new RedisConnections(RedisServer.shared().uri());
    private final ProblemDataStore store = new ProblemDataStore(redis.bytes());

    @TempDir
    Path directory;

    @AfterAll
    void close() {
        redis.close();
    }

    private record Stored(ContentRef ref, byte[] data) {
    }

    private Stored stored(int seed) throws Exception {
        byte[] data = new byte[600 * KIB];
        new Random(seed).nextBytes(data);
        return new Stored(store.store(new ByteArrayInputStream(data)), data);
    }

    private Path fileOf(Stored s) {
        return directory.resolve(s.ref().sha256().substring(0, 2)).resolve(s.ref().sha256());
    }

    @Test
    void aboveItsMaximumTheLeastRecentlyUsedFilesGoAndComeBackFromTheStore() throws Exception {
        Stored a = stored(1);
        Stored b = stored(2);
        Stored c = stored(3);
        ProblemDataCache cache = new ProblemDataCache(store, directory, 1500 * KIB);
        assertThat(cache.get(a.ref().sha256(), a.ref().size())).isEqualTo(a.data());
        assertThat(cache.get(b.ref().sha256(), b.ref().size())).isEqualTo(b.data());
        Files.setLastModifiedTime(fileOf(a), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Files.setLastModifiedTime(fileOf(b), FileTime.fromMillis(System.currentTimeMillis() - 600_000));

        assertThat(cache.get(c.ref().sha256(), c.ref().size())).isEqualTo(c.data());
        assertThat(fileOf(a)).as("the least recently used").doesNotExist();
        assertThat(fileOf(b)).exists();
        assertThat(fileOf(c)).exists();
        assertThat(cache.bytes()).isEqualTo(1200 * KIB);

        assertThat(cache.get(a.ref().sha256(), a.ref().size())).as("from the store again").isEqualTo(a.data());
        assertThat(fileOf(b)).as("now the least recently used").doesNotExist();
        assertThat(cache.bytes()).isLessThanOrEqualTo(1500 * KIB);
    }

    @Test
    void aReadMarksAFileUsedAndARestartCountsWhatIsThere() throws Exception {
        Stored a = stored(4);
        Stored b = stored(5);
        ProblemDataCache cache = new ProblemDataCache(store, directory, 1500 * KIB);
        cache.get(a.ref().sha256(), a.ref().size());
        cache.get(b.ref().sha256(), b.ref().size());
        Files.setLastModifiedTime(fileOf(a), FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Files.setLastModifiedTime(fileOf(b), FileTime.fromMillis(System.currentTimeMillis() - 600_000));
        cache.get(a.ref().sha256(), a.ref().size());   // a read an hour after its mark: used now

        ProblemDataCache restarted = new ProblemDataCache(store, directory, 1500 * KIB);
        assertThat(restarted.bytes()).isEqualTo(1200 * KIB);
        Stored c = stored(6);
        restarted.get(c.ref().sha256(), c.ref().size());
        assertThat(fileOf(a)).exists();
        assertThat(fileOf(b)).as("not read since ten minutes").doesNotExist();
    }
}
