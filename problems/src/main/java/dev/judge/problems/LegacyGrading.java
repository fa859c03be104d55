package dev.judge.problems;

import java.util.List;
import java.util.Objects;

/**
 * A legacy group's grading: the default grader's flags ({@code grader_flags}) decoded, and the other
 * keys of {@code testdata.yaml}.
 *
 * @param verdictMode how the sub-results' verdicts become the group's
 * @param scoreMode how the sub-results' scores become the group's
 * @param ignoreSample {@code ignore_sample}: at the root, only the second sub-result (secret) counts
 * @param acceptIfAnyAccepted {@code accept_if_any_accepted}: accepted if any sub-result is
 * @param customGrader {@code grading: custom}: the package's grader program decides (not run here)
 * @param graderFlags the raw {@code grader_flags}, for a custom grader
 * @param acceptScore {@code accept_score}: an accepted test case's score when the validator gives none
 * @param rejectScore {@code reject_score}: a rejected test case's score
 * @param range {@code range}: the scores the group may get (checked, not clamped)
 * @param onReject {@code on_reject}: whether judging of the group stops at its first rejected item
 */
public record LegacyGrading(
        VerdictMode verdictMode,
        ScoreMode scoreMode,
        boolean ignoreSample,
        boolean acceptIfAnyAccepted,
        boolean customGrader,
        List<String> graderFlags,
        double acceptScore,
        double rejectScore,
        ScoreRange range,
        OnReject onReject) implements GroupGrading {

    /** The defaults of {@code testdata.yaml}: worst_error, sum, accept 1, reject 0, any score, break. */
    public static final LegacyGrading DEFAULT = new LegacyGrading(VerdictMode.WORST_ERROR, ScoreMode.SUM, false, false,
            false, List.of(), 1.0, 0.0, ScoreRange.ANY, OnReject.BREAK);

    public LegacyGrading {
        Objects.requireNonNull(verdictMode, "verdictMode");
        Objects.requireNonNull(scoreMode, "scoreMode");
        graderFlags = List.copyOf(graderFlags);
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(onReject, "onReject");
    }

    /** The default grader's verdict modes. */
    public enum VerdictMode {
        /** Accepted if all are; else the worst of the sub-results' errors (judge error first, wrong answer last). */
        WORST_ERROR,
        /** Accepted if all are; else the first rejected sub-result's verdict. */
        FIRST_ERROR,
        /** Always accepted. */
        ALWAYS_ACCEPT
    }

    /** The default grader's score modes. */
    public enum ScoreMode {
        SUM, AVG, MIN, MAX
    }

    /** What judging does when an item of the group is rejected. */
    public enum OnReject {
        /** Stop judging the group: the items after it are not run and not graded. */
        BREAK,
        /** Judge the remaining items too. */
        CONTINUE
    }

    /**
     * {@code range}: the lowest and highest score a group may have ({@code "-inf +inf"} by default).
     *
     * @param min the lowest score
     * @param max the highest score
     */
    public record ScoreRange(double min, double max) {

        public static final ScoreRange ANY = new ScoreRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

        public ScoreRange {
            if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
                throw new IllegalArgumentException("invalid score range " + min + " " + max);
            }
        }

        public boolean contains(double score) {
            return min <= score && score <= max;
        }
    }
}
