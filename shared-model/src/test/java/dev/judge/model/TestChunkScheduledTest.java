package dev.judge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestChunkScheduledTest {

    private static List<TestCaseScheduled> tests(int n) {
        List<TestCaseScheduled> tests = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tests.add(new TestCaseScheduled("s", i, n, Language.C, "artifact:x", new RunLimits(2, 0, 5, 65536, 8192, 1, 1),
                    new byte[0], null, Submission.Compare.defaults(), List.of(), false, false, 0));
        }
        return tests;
    }

    @Test
    void aSmallSubmissionIsOneChunk() {
        List<TestChunkScheduled> chunks = TestChunkScheduled.chunks(tests(20), 2, 40);
        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.tests()).hasSize(20);
            assertThat(c.key()).isEqualTo("s#c0");
        });
    }

    @Test
    void expectedWorkAboveTheChunksShareIsSpread() {
        List<TestChunkScheduled> chunks = TestChunkScheduled.chunks(tests(20), 10, 40);
        assertThat(chunks).hasSize(5).allSatisfy(c -> assertThat(c.tests()).hasSize(4));
        assertThat(chunks.get(4).tests().get(3).index()).isEqualTo(19);
        assertThat(TestChunkScheduled.chunks(tests(3), 100, 40)).hasSize(3);
    }
}
