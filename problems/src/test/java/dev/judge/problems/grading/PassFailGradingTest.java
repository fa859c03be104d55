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
import dev.judge.problems.ProblemType;
import dev.judge.problems.TestGroup;
import org.junit.jupiter.api.Test;

class PassFailGradingTest {

    private static final LegacyGrading D = LegacyGrading.DEFAULT;
    private static final TestGroup DATA = group("", D,
            group("sample", D, test("sample/1"), test("sample/2")),
            group("secret", D, test("secret/a"), group("secret/g", D, test("secret/g/1"), test("secret/g/2")),
                    test("secret/z")));

    private static GroupResult grade(Object... outcomes) {
        return new Grader(ProblemType.PASS_FAIL, FormatVersion.LEGACY, false, DATA, CustomGrader.NONE)
                .grade(outcomes(outcomes));
    }

    @Test
    void acceptedOnlyIfEveryTestIsAccepted() {
        GroupResult r = grade("sample/1", ACCEPTED, "sample/2", ACCEPTED, "secret/a", ACCEPTED, "secret/g/1", ACCEPTED,
                "secret/g/2", ACCEPTED, "secret/z", ACCEPTED);
        assertThat(r.status()).isEqualTo(ACCEPTED);
        assertThat(r.passed()).isEqualTo(6);
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.score()).isEmpty();
    }

    @Test
    void theFirstFailingTestInRunningOrderDecidesEvenIfLaterOnesAreWorse() {
        GroupResult r = grade("sample/1", ACCEPTED, "sample/2", ACCEPTED, "secret/a", ACCEPTED, "secret/g/1",
                WRONG_ANSWER, "secret/g/2", RUNTIME_ERROR, "secret/z", TIME_LIMIT_EXCEEDED);
        assertThat(r.status()).isEqualTo(WRONG_ANSWER);
        assertThat(r.passed()).isEqualTo(3);
        assertThat(r.find("secret/g").orElseThrow().status()).isEqualTo(WRONG_ANSWER);
    }

    @Test
    void testsAfterTheFirstFailureNeedNoOutcomeAndLaterGroupsAreSkipped() {
        GroupResult r = grade("sample/1", ACCEPTED, "sample/2", TIME_LIMIT_EXCEEDED);
        assertThat(r.status()).isEqualTo(TIME_LIMIT_EXCEEDED);
        assertThat(r.find("secret").orElseThrow().status()).isEqualTo(SKIPPED);
        assertThat(r.find("secret/g").orElseThrow().status()).isEqualTo(SKIPPED);
        assertThat(r.allMessages()).isEmpty();
    }

    @Test
    void aMissingOutcomeBeforeAnyFailureIsAnInternalError() {
        GroupResult r = grade("sample/1", ACCEPTED, "sample/2", ACCEPTED, "secret/a", ACCEPTED);
        assertThat(r.status()).isEqualTo(INTERNAL_ERROR);
        assertThat(r.allMessages()).containsExactly("test secret/g/1 was not judged");
    }
}
