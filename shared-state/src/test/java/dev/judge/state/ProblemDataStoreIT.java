package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.problems.ContentRef;
import dev.judge.testing.RedisServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Test data stored once by content, in chunks, against a real Redis. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemDataStoreIT {

    final RedisConnections redis = new RedisConnections(uri());

    /** Where the stores are tested: a standalone server here, a cluster in the subclass. */
    String uri() {
        return RedisServer.shared().uri();
    }
    private final ProblemDataStore store = new ProblemDataStore(redis.bytes());

    @AfterAll
    void close() {
        redis.close();
    }

    @Test
    void aFileOfSeveralChunksComesBackByteForByteUnderItsDigest() throws IOException {
        byte[] data = new byte[ProblemDataStore.CHUNK * 2 + 12345];
        new Random(7).nextBytes(data);
        ContentRef ref = store.store(new ByteArrayInputStream(data));
        assertThat(ref.size()).isEqualTo(data.length);
        assertThat(store.contains(ref)).isTrue();
        assertThat(store.read(ref)).isEqualTo(data);
        assertThat(redis.bytes().hget(StateKeys.problemData(ref.sha256()), "chunks")).asString().isEqualTo("3");
    }

    @Test
    void theSameContentIsStoredOnceAndAnEmptyFileIsAFile() throws IOException {
        byte[] data = "1 2\n".getBytes();
        ContentRef first = store.store(new ByteArrayInputStream(data));
        ContentRef second = store.store(new ByteArrayInputStream(data));
        assertThat(second).isEqualTo(first);
        assertThat(redis.bytes().keys("problem-data-upload:*")).isEmpty();
        ContentRef empty = store.store(new ByteArrayInputStream(new byte[0]));
        assertThat(store.read(empty)).isEmpty();
    }

    @Test
    void aFileThatIsNotStoredOrDoesNotMatchItsReferenceIsRefusedNamingIt() throws IOException {
        ContentRef missing = new ContentRef("0".repeat(64), 3);
        assertThatThrownBy(() -> store.read(missing)).hasMessageContaining("0".repeat(64)).hasMessageContaining("not in the store");
        ContentRef stored = store.store(new ByteArrayInputStream("abc".getBytes()));
        assertThatThrownBy(() -> store.read(new ContentRef(stored.sha256(), 2))).hasMessageContaining(stored.sha256());
    }
}
