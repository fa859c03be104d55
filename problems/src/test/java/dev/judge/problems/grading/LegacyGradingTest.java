package dev.judge.problems.grading;

import static dev.judge.model.Status.ACCEPTED;
import static dev.judge.model.Status.INTERNAL_ERROR;
import static dev.judge.model.Status.RUNTIME_ERROR;
import static dev.judge.model.Status.SKIPPED;
import static dev.judge.model.Status.TIME_LIMIT_EXCEEDED;
import static dev.judge.model.Status.WRONG_ANSWER;
import static dev.judge.problems.grading.Trees.group;
import static dev.judge.problems.grading.Trees.outcomes;
import static dev.judge.problems.grading.Trees.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.problems.FormatVersion;
import dev.judge.problems.LegacyGrading;
import dev.judge.problems.LegacyGrading.OnReject;
import dev.judge.problems.LegacyGrading.ScoreMode;
import dev.judge.problems.LegacyGrading.ScoreRange;
import dev.judge.problems.LegacyGrading.VerdictMode;
import dev.judge.problems.ProblemType;
import dev.judge.problems.TestGroup;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The legacy default grader, as problemtools runs it. */
class LegacyGradingTest {

    private static LegacyGrading grading(VerdictMode verdict, ScoreMode score, OnReject onReject, double accept) {
        return new LegacyGrading(verdict, score, false, false, false, List.of(), accept, 0, ScoreRange.ANY, onReject);
    }

    private static final LegacyGrading CONTINUE = grading(VerdictMode.WORST_ERROR, ScoreMode.SUM, OnReject.CONTINUE, 1);
    private static final LegacyGrading ROOT = new LegacyGrading(VerdictMode.WORST_ERROR, ScoreMode.SUM, true, true,
            false, List.of(), 1, 0, ScoreRange.ANY, OnReject.CONTINUE);

    private static GroupResult grade(TestGroup data, Map<String, TestOutcome> outcomes) {
        return new Grader(ProblemType.SCORING, FormatVersion.LEGACY, false, data, CustomGrader.NONE).grade(outcomes);
    }

    @Test
    void defaultsSumAcceptScoresAndStopAtTheFirstRejection() {
        TestGroup data = group("", LegacyGrading.DEFAULT, group("secret", LegacyGrading.DEFAULT,
                test("secret/1"), test("secret/2"), test("secret/3")));
        GroupResult r = grade(data, outcomes("secret/1", ACCEPTED, "secret/2", WRONG_ANSWER));
        assertThat(r.status()).isEqualTo(WRONG_ANSWER);
        assertThat(r.score()).hasValue(1.0);
        assertThat(r.maxScore()).hasValue(3.0);
        assertThat(r.passed()).isEqualTo(1);
        assertThat(r.total()).isEqualTo(3);
    }

    @Test
    void worstErrorPicksTheWorstVerdictInProblemtoolsOrder() {
        TestGroup data = group("", CONTINUE, test("a"), test("b"), test("c"));
        assertThat(grade(data, outcomes("a", WRONG_ANSWER, "b", TIME_LIMIT_EXCEEDED, "c", ACCEPTED)).status())
                .isEqualTo(TIME_LIMIT_EXCEEDED);
        assertThat(grade(data, outcomes("a", TIME_LIMIT_EXCEEDED, "b", RUNTIME_ERROR, "c", WRONG_ANSWER)).status())
                .isEqualTo(RUNTIME_ERROR);
    }

    @Test
    void firstErrorPicksTheFirstRejectedVerdict() {
        TestGroup data = group("", grading(VerdictMode.FIRST_ERROR, ScoreMode.SUM, OnReject.CONTINUE, 1),
                test("a"), test("b"), test("c"));
        assertThat(grade(data, outcomes("a", ACCEPTED, "b", WRONG_ANSWER, "c", RUNTIME_ERROR)).status())
                .isEqualTo(WRONG_ANSWER);
    }

    @Test
    void alwaysAcceptAcceptsAndKeepsTheScore() {
        TestGroup data = group("", grading(VerdictMode.ALWAYS_ACCEPT, ScoreMode.SUM, OnReject.CONTINUE, 5),
                test("a"), test("b"));
        GroupResult r = grade(data, outcomes("a", ACCEPTED, "b", WRONG_ANSWER));
        assertThat(r.status()).isEqualTo(ACCEPTED);
        assertThat(r.score()).hasValue(5.0);
    }

    @Test
    void scoreModesSumAverageMinMax() {
        Map<String, TestOutcome> o = outcomes("a", ACCEPTED, 2.0, "b", ACCEPTED, 6.0, "c", ACCEPTED, 4.0);
        for (var mode : Map.of(ScoreMode.SUM, 12.0, ScoreMode.AVG, 4.0, ScoreMode.MIN, 2.0, ScoreMode.MAX, 6.0)
                .entrySet()) {
            TestGroup data = group("", grading(VerdictMode.WORST_ERROR, mode.getKey(), OnReject.CONTINUE, 1),
                    test("a"), test("b"), test("c"));
            assertThat(grade(data, o).score()).as(mode.getKey().name()).hasValue(mode.getValue());
        }
    }

    @Test
    void theValidatorsScoreReplacesAcceptScore() {
        TestGroup data = group("", CONTINUE, test("a"), test("b"));
        assertThat(grade(data, outcomes("a", ACCEPTED, 0.25, "b", ACCEPTED)).score()).hasValue(1.25);
    }

    @Test
    void rejectScoreIsARejectedTestsScore() {
        LegacyGrading config = new LegacyGrading(VerdictMode.WORST_ERROR, ScoreMode.SUM, false, false, false,
                List.of(), 10, -1, ScoreRange.ANY, OnReject.CONTINUE);
        TestGroup data = group("", config, test("a"), test("b"));
        assertThat(grade(data, outcomes("a", ACCEPTED, "b", WRONG_ANSWER)).score()).hasValue(9.0);
    }

    @Test
    void ignoreSampleAndAcceptIfAnyAcceptedAtTheRootScoreSecretAlone() {
        LegacyGrading group = grading(VerdictMode.WORST_ERROR, ScoreMode.MIN, OnReject.CONTINUE, 30);
        TestGroup data = group("", ROOT,
                group("sample", CONTINUE, test("sample/1")),
                group("secret", CONTINUE, group("secret/g1", group, test("secret/g1/1"), test("secret/g1/2")),
                        group("secret/g2", grading(VerdictMode.WORST_ERROR, ScoreMode.MIN, OnReject.CONTINUE, 70),
                                test("secret/g2/1"))));
        GroupResult r = grade(data, outcomes("sample/1", WRONG_ANSWER, "secret/g1/1", ACCEPTED, "secret/g1/2",
                ACCEPTED, "secret/g2/1", TIME_LIMIT_EXCEEDED));
        assertThat(r.score()).hasValue(30.0);
        assertThat(r.status()).isEqualTo(TIME_LIMIT_EXCEEDED);
        assertThat(r.find("secret/g1").orElseThrow().score()).hasValue(30.0);
        assertThat(r.find("secret/g2").orElseThrow().score()).hasValue(0.0);
        assertThat(r.maxScore()).hasValue(100.0);
    }

    @Test
    void acceptIfAnyAcceptedAcceptsAPartlySolvedGroup() {
        LegacyGrading any = new LegacyGrading(VerdictMode.WORST_ERROR, ScoreMode.SUM, false, true, false, List.of(),
                1, 0, ScoreRange.ANY, OnReject.CONTINUE);
        TestGroup data = group("", any, test("a"), test("b"));
        assertThat(grade(data, outcomes("a", WRONG_ANSWER, "b", ACCEPTED)).status()).isEqualTo(ACCEPTED);
    }

    @Test
    void breakLeavesLaterGroupsUngraded() {
        TestGroup data = group("", LegacyGrading.DEFAULT,
                group("sample", LegacyGrading.DEFAULT, test("sample/1")),
                group("secret", LegacyGrading.DEFAULT, test("secret/1")));
        GroupResult r = grade(data, outcomes("sample/1", WRONG_ANSWER));
        assertThat(r.status()).isEqualTo(WRONG_ANSWER);
        assertThat(r.score()).hasValue(0.0);
        assertThat(r.find("secret").orElseThrow().status()).isEqualTo(SKIPPED);
    }

    @Test
    void aJudgeErrorAmongTheItemsIsTheGroupsResult() {
        TestGroup data = group("", CONTINUE, test("a"), test("b"));
        assertThat(grade(data, outcomes("a", WRONG_ANSWER, "b", INTERNAL_ERROR)).status()).isEqualTo(INTERNAL_ERROR);
        GroupResult missing = grade(data, outcomes("a", ACCEPTED));
        assertThat(missing.status()).isEqualTo(INTERNAL_ERROR);
        assertThat(missing.messages()).containsExactly("test b was not judged");
    }

    @Test
    void aScoreOutsideTheRangeIsReportedNotClamped() {
        LegacyGrading ranged = new LegacyGrading(VerdictMode.WORST_ERROR, ScoreMode.SUM, false, false, false,
                List.of(), 1, 0, new ScoreRange(0, 1), OnReject.CONTINUE);
        GroupResult r = grade(group("", ranged, test("a"), test("b")), outcomes("a", ACCEPTED, "b", ACCEPTED));
        assertThat(r.score()).hasValue(2.0);
        assertThat(r.maxScore()).hasValue(1.0);
        assertThat(r.messages()).singleElement().asString().contains("outside its range [0.0, 1.0]");
    }

    @Test
    void customGradingAsksTheGivenGrader() {
        LegacyGrading custom = new LegacyGrading(VerdictMode.WORST_ERROR, ScoreMode.SUM, false, false, true,
                List.of("bonus"), 1, 0, ScoreRange.ANY, OnReject.CONTINUE);
        TestGroup data = group("", custom, test("a"));
        CustomGrader grader = (name, results, flags) -> new CustomGrader.Graded(ACCEPTED, 42 + results.size()
                + flags.size());
        assertThat(new Grader(ProblemType.SCORING, FormatVersion.LEGACY, false, data, grader)
                .grade(outcomes("a", WRONG_ANSWER)).score()).hasValue(44.0);
        assertThat(grade(data, outcomes("a", ACCEPTED)).status()).isEqualTo(INTERNAL_ERROR);
    }

    @Test
    void theMaximumIsUnknownWhenTheValidatorScoresAndTheRangeIsOpen() {
        TestGroup data = group("", CONTINUE, test("a"));
        GroupResult r = new Grader(ProblemType.SCORING, FormatVersion.LEGACY, true, data, CustomGrader.NONE)
                .grade(outcomes("a", ACCEPTED, 7.0));
        assertThat(r.score()).hasValue(7.0);
        assertThat(r.maxScore()).isEqualTo(OptionalDouble.empty());
    }
}
