package dev.judge.result.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.problems.ContentRef;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.reader.PackageReader;
import dev.judge.state.ProblemStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A folded verdict graded by the problem's rules: the pipeline tests' own packages, read from their folders. */
class ProblemVerdictsTest {

    private static ProblemStore.Stored stored(String name) throws Exception {
        ProblemPackage p = new PackageReader().read(Path.of("../pipeline-tests/src/test/resources/problems/" + name),
                in -> {
                    byte[] b = in.readAllBytes();
                    return new ContentRef(dev.judge.model.Digests.sha256Hex(b), b.length);
                });
        return new ProblemStore.Stored(name, "v1", 0, p, Optional.empty());
    }

    private static Verdict folded(Status... statuses) {
        List<TestResult> tests = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            tests.add(new TestResult(i, statuses[i], 0.01, 0.02, 100, 0, null, "", "", false));
        }
        return Verdicts.fold("s", statuses.length, tests, false, Verdict.Timings.none());
    }

    @Test
    void aPassFailProblemIsAcceptedWhenEveryTestIsAndHasNoScore() throws Exception {
        Verdict v = ProblemVerdicts.grade(folded(Status.ACCEPTED, Status.ACCEPTED, Status.ACCEPTED, Status.ACCEPTED),
                stored("sumfloat"));
        assertThat(v.status()).isEqualTo(Status.ACCEPTED);
        assertThat(v.problemId()).isEqualTo("sumfloat");
        assertThat(v.score()).isNull();
        assertThat(v.groups()).extracting(Verdict.Group::name).containsExactly("sample", "secret");
        Verdict wrong = ProblemVerdicts.grade(folded(Status.ACCEPTED, Status.ACCEPTED, Status.WRONG_ANSWER, Status.ACCEPTED),
                stored("sumfloat"));
        assertThat(wrong.status()).isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void aScoringProblemScoresItsGroups() throws Exception {
        Verdict v = ProblemVerdicts.grade(folded(Status.ACCEPTED, Status.ACCEPTED, Status.ACCEPTED, Status.WRONG_ANSWER,
                Status.ACCEPTED), stored("parity"));
        assertThat(v.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(v.score()).isPositive().isLessThan(v.maxScore());
        assertThat(v.groups()).extracting(Verdict.Group::name).contains("secret/g1", "secret/g2");
    }
}
