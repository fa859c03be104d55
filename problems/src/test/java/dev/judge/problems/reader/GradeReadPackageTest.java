package dev.judge.problems.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.TestCase;
import dev.judge.problems.grading.Grader;
import dev.judge.problems.grading.GroupResult;
import dev.judge.problems.grading.TestOutcome;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Read packages graded end to end: the settings the reader resolved are the ones the grader applies. */
class GradeReadPackageTest {

    @TempDir
    Path temp;

    private ProblemPackage read(String name) throws Exception {
        return new PackageReader().read(Zips.zip(name, null, temp), new MemorySink());
    }

    private static Map<String, TestOutcome> all(ProblemPackage p, Status status) {
        Map<String, TestOutcome> outcomes = new HashMap<>();
        for (TestCase test : p.testCases()) {
            outcomes.put(test.name(), TestOutcome.of(status));
        }
        return outcomes;
    }

    @Test
    void theLegacyScoringPackageIsWorthOneHundred() throws Exception {
        ProblemPackage p = read("scoringgroups");
        GroupResult full = Grader.of(p).grade(all(p, Status.ACCEPTED));
        assertThat(full.status()).isEqualTo(Status.ACCEPTED);
        assertThat(full.score()).hasValue(100.0);
        assertThat(full.maxScore()).hasValue(100.0);
        Map<String, TestOutcome> partial = all(p, Status.ACCEPTED);
        partial.put("secret/2-large/b-edge/1", TestOutcome.of(Status.WRONG_ANSWER));
        GroupResult r = Grader.of(p).grade(partial);
        assertThat(r.score()).hasValue(30.0);
        assertThat(r.status()).isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void theModernPackagesSecondGroupNeedsTheFirst() throws Exception {
        ProblemPackage p = read("modern");
        Map<String, TestOutcome> outcomes = all(p, Status.ACCEPTED);
        assertThat(Grader.of(p).grade(outcomes).score()).hasValue(100.0);
        outcomes.put("secret/group1/02", TestOutcome.of(Status.TIME_LIMIT_EXCEEDED));
        GroupResult r = Grader.of(p).grade(outcomes);
        assertThat(r.score()).hasValue(0.0);
        assertThat(r.find("secret/group2").orElseThrow().status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void aPassFailPackageTakesItsFirstFailure() throws Exception {
        ProblemPackage p = read("floatdefault");
        Map<String, TestOutcome> outcomes = all(p, Status.ACCEPTED);
        outcomes.put("secret/01-third", TestOutcome.of(Status.WRONG_ANSWER));
        outcomes.put("secret/02-one", TestOutcome.of(Status.RUNTIME_ERROR));
        GroupResult r = Grader.of(p).grade(outcomes);
        assertThat(r.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(r.passed()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.score()).isEmpty();
    }
}
