package dev.judge.problems;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A 2023-07 or later group's scoring: {@code score_aggregation}, {@code max_score} and
 * {@code require_pass} of its {@code test_group.yaml}.
 *
 * @param aggregation how the group's score comes from its items
 * @param maxScore the highest score the group can get; empty for {@code unbounded}
 * @param requirePass groups (names under {@code data/}, or {@code sample}) that must be all accepted for
 *     this group to be scored
 */
public record ScoreAggregation(Aggregation aggregation, OptionalDouble maxScore, List<String> requirePass)
        implements GroupGrading {

    /** {@code secret}'s defaults: sum, out of 100. */
    public static final ScoreAggregation SECRET_DEFAULT = new ScoreAggregation(Aggregation.SUM, OptionalDouble.of(100),
            List.of());
    /** A test data group's and {@code sample}'s defaults: pass-fail, unbounded. */
    public static final ScoreAggregation GROUP_DEFAULT = new ScoreAggregation(Aggregation.PASS_FAIL,
            OptionalDouble.empty(), List.of());

    public ScoreAggregation {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(maxScore, "maxScore");
        if (maxScore.isPresent() && !(maxScore.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("max_score must be non-negative: " + maxScore.getAsDouble());
        }
        requirePass = List.copyOf(requirePass);
    }

    /** {@code score_aggregation}. */
    public enum Aggregation {
        /** The group's maximum score if every test case is accepted, else 0. */
        PASS_FAIL,
        /** The sum of the items' scores. */
        SUM,
        /** The least of the items' scores. */
        MIN
    }
}
