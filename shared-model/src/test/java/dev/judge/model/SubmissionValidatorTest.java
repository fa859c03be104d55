package dev.judge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionValidatorTest {

    private final SubmissionValidator validator = new SubmissionValidator(LanguageCatalog.defaults());

    private static Submission submission(String id, String language, List<Submission.TestCase> tests,
            Submission.RequestedLimits limits) {
        return new Submission(id, language, "int main(){}", tests, limits, null, null, null, null, null);
    }

    private static final List<Submission.TestCase> ONE = List.of(new Submission.TestCase("1 2", "3"));

    @Test
    void aGoodSubmissionGetsTheLanguageDefaults() {
        var result = validator.validate(submission("abc-1", "c", ONE, null));
        assertThat(result).isInstanceOf(SubmissionValidator.Valid.class);
        ValidSubmission v = ((SubmissionValidator.Valid) result).submission();
        assertThat(v.language()).isEqualTo(Language.C);
        assertThat(v.limits().cpuTimeSec()).isEqualTo(2);
        assertThat(v.limits().wallTimeSec()).isEqualTo(5);
        assertThat(v.compare().mode()).isEqualTo(CompareMode.TRAILING_WHITESPACE);
    }

    @Test
    void theWallLimitDefaultsToTwiceTheCpuLimitPlusOne() {
        var limits = new Submission.RequestedLimits(3.0, null, null, null, null, null, null);
        var v = ((SubmissionValidator.Valid) validator.validate(submission("a", "cpp", ONE, limits))).submission();
        assertThat(v.limits().wallTimeSec()).isEqualTo(7);
    }

    @Test
    void problemsNameTheirField() {
        var result = validator.validate(submission("bad id!", "no-such-language", List.of(), null));
        assertThat(result).isInstanceOf(SubmissionValidator.Invalid.class);
        assertThat(((SubmissionValidator.Invalid) result).message())
                .contains("id:", "language: unknown language 'no-such-language'", "tests: at least one test");
    }

    @Test
    void aLimitAboveTheCapIsRefusedNotClamped() {
        var limits = new Submission.RequestedLimits(null, null, null, 1_000_000L, null, null, null);
        var result = validator.validate(submission("a", "python", ONE, limits));
        assertThat(((SubmissionValidator.Invalid) result).message()).contains("limits.memoryKb", "above the python cap");
    }

    @Test
    void aProblemVersionGoesWithAProblemAndLooksLikeOne() {
        Submission pinned = new Submission("a", "c", "int main(){}", null, null, null, null, null, null, null, null, null,
                "sum", null, null, "0123456789abcdef");
        assertThat(validator.validate(pinned)).isInstanceOf(SubmissionValidator.Valid.class);
        var noProblem = validator.validate(new Submission("a", "c", "int main(){}", ONE, null, null, null, null, null, null,
                null, null, null, null, null, "0123456789abcdef"));
        assertThat(((SubmissionValidator.Invalid) noProblem).message()).contains("problemVersion: is only for");
        var malformed = validator.validate(new Submission("a", "c", "int main(){}", null, null, null, null, null, null, null,
                null, null, "sum", null, null, "latest"));
        assertThat(((SubmissionValidator.Invalid) malformed).message()).contains("problemVersion: must be");
    }

    @Test
    void tooManyTestsAreRefused() {
        var tests = java.util.Collections.nCopies(101, new Submission.TestCase("", ""));
        var result = validator.validate(submission("a", "java", tests, null));
        assertThat(((SubmissionValidator.Invalid) result).message()).contains("tests: at most 100");
    }

    @Test
    void floatComparisonGetsADefaultEpsilon() {
        var s = new Submission("a", "c", "x", ONE, null, null, null, null, new Submission.Compare(CompareMode.FLOAT, null), null);
        var v = ((SubmissionValidator.Valid) validator.validate(s)).submission();
        assertThat(v.compare().epsilon()).isEqualTo(1e-6);
    }
}
