package dev.judge.problems.grading;

import static dev.judge.model.Status.ACCEPTED;
import static dev.judge.model.Status.INTERNAL_ERROR;
import static dev.judge.model.Status.SKIPPED;
import static dev.judge.model.Status.TIME_LIMIT_EXCEEDED;
import static dev.judge.model.Status.WRONG_ANSWER;
import static dev.judge.problems.grading.Trees.group;
import static dev.judge.problems.grading.Trees.outcomes;
import static dev.judge.problems.grading.Trees.test;
import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.problems.FormatVersion;
import dev.judge.problems.ScoreAggregation;
import dev.judge.problems.ScoreAggregation.Aggregation;
import dev.judge.problems.ProblemType;
import dev.judge.problems.TestGroup;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** 2023-07 and later: score_aggregation, max_score, require_pass. */
class AggregationGradingTest {

    private static ScoreAggregation agg(Aggregation aggregation, Double max, String... requirePass) {
        return new ScoreAggregation(aggregation, max == null ? OptionalDouble.empty() : OptionalDouble.of(max),
                List.of(requirePass));
    }

    /** Grades with the sample accepted unless the outcomes say otherwise. */
    private static GroupResult grade(TestGroup data, Map<String, TestOutcome> outcomes) {
        Map<String, TestOutcome> all = new java.util.HashMap<>(Map.of("sample/1", TestOutcome.of(ACCEPTED)));
        all.putAll(outcomes);
        return new Grader(ProblemType.SCORING, FormatVersion.V2023_07, true, data, CustomGrader.NONE).grade(all);
    }

    private static TestGroup withSecret(TestGroup secret) {
        return group("", ScoreAggregation.GROUP_DEFAULT,
                group("sample", ScoreAggregation.GROUP_DEFAULT, test("sample/1")), secret);
    }

    private static final TestGroup GROUPS = withSecret(group("secret", ScoreAggregation.SECRET_DEFAULT,
            group("secret/1-easy", agg(Aggregation.PASS_FAIL, 30.0), test("secret/1-easy/a"), test("secret/1-easy/b")),
            group("secret/2-hard", agg(Aggregation.PASS_FAIL, 70.0, "secret/1-easy"), test("secret/2-hard/a"))));

    @Test
    void passFailGroupsAreWorthTheirMaxScoreWhenAllTheirTestsPass() {
        GroupResult r = grade(GROUPS, outcomes("sample/1", ACCEPTED, "secret/1-easy/a", ACCEPTED, "secret/1-easy/b",
                ACCEPTED, "secret/2-hard/a", TIME_LIMIT_EXCEEDED));
        assertThat(r.score()).hasValue(30.0);
        assertThat(r.maxScore()).hasValue(100.0);
        assertThat(r.status()).isEqualTo(TIME_LIMIT_EXCEEDED);
        assertThat(r.find("secret/2-hard").orElseThrow().score()).hasValue(0.0);
    }

    @Test
    void samplesAreJudgedButNotScored() {
        GroupResult r = grade(GROUPS, outcomes("sample/1", WRONG_ANSWER, "secret/1-easy/a", ACCEPTED,
                "secret/1-easy/b", ACCEPTED, "secret/2-hard/a", ACCEPTED));
        assertThat(r.score()).hasValue(100.0);
        assertThat(r.status()).isEqualTo(ACCEPTED);
        assertThat(r.find("sample").orElseThrow().status()).isEqualTo(WRONG_ANSWER);
        assertThat(r.passed()).isEqualTo(3);
        assertThat(r.total()).isEqualTo(4);
    }

    @Test
    void aGroupWhoseRequiredGroupFailedIsNotRunAndScoresZero() {
        GroupResult r = grade(GROUPS, outcomes("sample/1", ACCEPTED, "secret/1-easy/a", WRONG_ANSWER));
        GroupResult hard = r.find("secret/2-hard").orElseThrow();
        assertThat(hard.status()).isEqualTo(SKIPPED);
        assertThat(hard.score()).hasValue(0.0);
        assertThat(hard.messages()).containsExactly("not run: secret/1-easy was not passed");
        assertThat(r.score()).hasValue(0.0);
        assertThat(r.status()).isEqualTo(WRONG_ANSWER);
    }

    @Test
    void sumSplitsTheMaximumEvenlyAndTakesTheValidatorsScores() {
        TestGroup data = withSecret(group("secret", agg(Aggregation.SUM, 90.0), test("secret/a"), test("secret/b"),
                test("secret/c")));
        GroupResult r = grade(data, outcomes("secret/a", ACCEPTED, "secret/b", ACCEPTED, 10.0, "secret/c",
                WRONG_ANSWER));
        assertThat(r.score()).hasValue(40.0);
        assertThat(r.status()).isEqualTo(WRONG_ANSWER);
    }

    @Test
    void minTakesTheLeastTestScoreEachOutOfTheGroupsMaximum() {
        TestGroup data = withSecret(group("secret", ScoreAggregation.SECRET_DEFAULT,
                group("secret/g", agg(Aggregation.MIN, 100.0), test("secret/g/a"), test("secret/g/b"))));
        GroupResult r = grade(data, outcomes("secret/g/a", ACCEPTED, 80.0, "secret/g/b", ACCEPTED));
        assertThat(r.score()).hasValue(80.0);
        assertThat(r.status()).isEqualTo(ACCEPTED);
    }

    @Test
    void unboundedGroupsNeedTheValidatorsScore() {
        TestGroup data = withSecret(group("secret", agg(Aggregation.SUM, null), test("secret/a"), test("secret/b")));
        assertThat(grade(data, outcomes("secret/a", ACCEPTED, 3.5, "secret/b", ACCEPTED, 1.5)).score()).hasValue(5.0);
        GroupResult missing = grade(data, outcomes("secret/a", ACCEPTED, 3.5, "secret/b", ACCEPTED));
        assertThat(missing.status()).isEqualTo(INTERNAL_ERROR);
        assertThat(missing.allMessages()).singleElement().asString().contains("gave no score");
    }

    @Test
    void judgeErrorsOfTheSpecification() {
        TestGroup sum = withSecret(group("secret", agg(Aggregation.SUM, 10.0), test("secret/a"), test("secret/b")));
        assertThat(grade(sum, outcomes("secret/a", ACCEPTED, 6.0, "secret/b", ACCEPTED)).allMessages())
                .singleElement().asString().contains("outside [0, 5.0]");
        assertThat(grade(sum, outcomes("secret/a", WRONG_ANSWER, 1.0, "secret/b", ACCEPTED)).allMessages())
                .singleElement().asString().contains("rejected but has a score");
        TestGroup passFail = withSecret(group("secret", agg(Aggregation.PASS_FAIL, 10.0), test("secret/a")));
        assertThat(grade(passFail, outcomes("secret/a", ACCEPTED, 1.0)).status()).isEqualTo(INTERNAL_ERROR);
        TestGroup unbounded = withSecret(group("secret", agg(Aggregation.PASS_FAIL, null), test("secret/a")));
        assertThat(grade(unbounded, outcomes("secret/a", ACCEPTED)).allMessages()).singleElement().asString()
                .contains("no max_score");
    }

    @Test
    void inAPassFailGroupTheTestsAfterAFailureNeedNoOutcome() {
        GroupResult r = grade(GROUPS, outcomes("sample/1", ACCEPTED, "secret/1-easy/a", WRONG_ANSWER));
        assertThat(r.find("secret/1-easy").orElseThrow().status()).isEqualTo(WRONG_ANSWER);
        assertThat(r.allMessages()).containsExactly("not run: secret/1-easy was not passed");
    }
}
