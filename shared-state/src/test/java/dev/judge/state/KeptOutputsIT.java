package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A test's outputs as shown: the kept full outputs in place of a cut copy, against a real Redis. */
class KeptOutputsIT {

    private static final RedisConnections redis = TestRedis.CONNECTIONS;
    private final FullOutputStore store = new FullOutputStore(redis.bytes(), TestRedis.TTL, 10);
    private final KeptOutputs kept = new KeptOutputs(store);

    private static TestResult test(int index, String stdout, boolean truncated) {
        return new TestResult(index, Status.ACCEPTED, 0, 0, 0, 0, null, stdout, "", truncated);
    }

    @Test
    void aCopyThatIsNotCutIsShownAsItIs() {
        String id = TestRedis.id("kept");
        store.store(id, 0, bytes("kept"), new byte[0]);
        assertThat(kept.withFullOutputs(id, test(0, "copy", false)).stdout()).isEqualTo("copy");
        assertThat(kept.exactOutputs(id, test(0, "copy", false)).stdoutText()).isEqualTo("copy");
    }

    @Test
    void aCutCopyIsReplacedByWhatWasKeptAndACutBudgetIsMarked() {
        String id = TestRedis.id("kept");
        store.store(id, 0, bytes("12345678"), new byte[0]);
        store.store(id, 1, bytes("abcdef"), new byte[0]);
        Verdict v = new Verdict(id, Status.ACCEPTED, null, null, List.of(test(0, "1234", true), test(1, "ab", true)), 2, 2,
                0, 0, new Verdict.Timings(0, 0, 0, 0));
        List<TestResult> shown = kept.withFullOutputs(v).tests();
        assertThat(shown.get(0).stdout()).isEqualTo("12345678");
        assertThat(shown.get(1).stdout()).isEqualTo("ab" + KeptOutputs.CUT_MARK);
        assertThat(kept.exactOutputs(id, test(0, "1234", true)).stdout()).isEqualTo(bytes("12345678"));
    }

    @Test
    void aCutCopyWhoseKeptOutputsExpiredIsShownAsItIs() {
        String id = TestRedis.id("kept");
        assertThat(kept.withFullOutputs(id, test(0, "1234", true)).stdout()).isEqualTo("1234");
        assertThat(kept.exactOutputs(id, test(0, "1234", true)).stdoutText()).isEqualTo("1234");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
