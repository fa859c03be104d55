package dev.judge.compile.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.problems.Limits;
import dev.judge.problems.PackageIssue;
import dev.judge.problems.TimeLimit;
import dev.judge.problems.TimeMultipliers;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CalibratedLimitTest {

    private static Limits limits(TimeMultipliers multipliers, double resolution) {
        OptionalInt none = OptionalInt.empty();
        return new Limits(new TimeLimit(1, TimeLimit.Source.DEFAULT), multipliers, resolution, none, none, none, none, none,
                none, none, none, 2);
    }

    private static TestResult test(int index, Status status, double cpu) {
        return new TestResult(index, status, cpu, cpu, 1024, 0, null, "", "", false, "secret/" + (index + 1), null, null);
    }

    private static Verdict verdict(Status status, TestResult... tests) {
        return new Verdict("x", status, null, null, List.of(tests), 0, tests.length, 0, 0, Verdict.Timings.none());
    }

    @Test
    void theSlowestTestOfAnyAcceptedSubmissionTimesTheMultiplierRoundedUpToTheResolution() {
        var outcome = CalibratedLimit.of(List.of(
                new CalibratedLimit.Run("submissions/accepted/a.c", verdict(Status.ACCEPTED, test(0, Status.ACCEPTED, 0.05),
                        test(1, Status.ACCEPTED, 0.21))),
                new CalibratedLimit.Run("submissions/accepted/b.py", verdict(Status.ACCEPTED, test(0, Status.ACCEPTED, 0.34),
                        test(1, Status.ACCEPTED, 0.1)))), limits(TimeMultipliers.DEFAULT, 0.1), 10);

        TimeLimit limit = ((CalibratedLimit.Outcome.Limit) outcome).limit();
        assertThat(limit.seconds()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(limit.source()).isEqualTo(TimeLimit.Source.COMPUTED);
        assertThat(limit.derivation()).contains("0.340 s", "submissions/accepted/b.py on secret/1", "times 2", "0.1 s");
    }

    @Test
    void legacyMultipliersAndAWholeSecondResolutionGiveAtLeastOneSecond() {
        var outcome = CalibratedLimit.of(List.of(new CalibratedLimit.Run("submissions/accepted/a.c",
                verdict(Status.ACCEPTED, test(0, Status.ACCEPTED, 0.01)))), limits(TimeMultipliers.LEGACY_DEFAULT, 1), 10);

        assertThat(((CalibratedLimit.Outcome.Limit) outcome).limit().seconds()).isEqualTo(1.0);
    }

    @Test
    void anAcceptedSubmissionThatIsRejectedRefusesThePackageNamingItAndTheTest() {
        var outcome = CalibratedLimit.of(List.of(
                new CalibratedLimit.Run("submissions/accepted/ok.c", verdict(Status.ACCEPTED, test(0, Status.ACCEPTED, 0.1))),
                new CalibratedLimit.Run("submissions/accepted/wrong.c", verdict(Status.WRONG_ANSWER,
                        test(0, Status.ACCEPTED, 0.1), test(1, Status.WRONG_ANSWER, 0.1))),
                new CalibratedLimit.Run("submissions/accepted/slow.c", verdict(Status.TIME_LIMIT_EXCEEDED,
                        test(0, Status.TIME_LIMIT_EXCEEDED, 10)))), limits(TimeMultipliers.DEFAULT, 1), 10);

        List<PackageIssue> issues = ((CalibratedLimit.Outcome.Refused) outcome).issues();
        assertThat(issues).extracting(PackageIssue::file).containsExactly("submissions/accepted/wrong.c",
                "submissions/accepted/slow.c");
        assertThat(issues.get(0).message()).contains("WRONG_ANSWER on secret/2");
        assertThat(issues.get(1).message()).contains("longer than 10 s on secret/1");
    }

    @Test
    void withoutAUsableRunTheDefaultStaysAndSaysWhy() {
        Limits limits = limits(TimeMultipliers.DEFAULT, 1);
        var none = (CalibratedLimit.Outcome.Limit) CalibratedLimit.of(List.of(), limits, 10);
        var unjudged = (CalibratedLimit.Outcome.Limit) CalibratedLimit.of(List.of(
                new CalibratedLimit.Run("submissions/accepted/a.cob", verdict(Status.INTERNAL_ERROR)),
                new CalibratedLimit.Run("submissions/accepted/b.c", null)), limits, 10);

        assertThat(none.limit().source()).isEqualTo(TimeLimit.Source.DEFAULT);
        assertThat(none.limit().derivation()).contains("no accepted submission");
        assertThat(unjudged.limit().source()).isEqualTo(TimeLimit.Source.DEFAULT);
        assertThat(unjudged.limit().derivation()).contains("a.cob (INTERNAL_ERROR)", "b.c (not judged in time)");
    }
}
