package dev.judge.problems;

/**
 * How a group's result is computed: the legacy default grader's configuration, or the 2023-07 and
 * later score aggregation.
 */
public sealed interface GroupGrading permits LegacyGrading, ScoreAggregation {
}
