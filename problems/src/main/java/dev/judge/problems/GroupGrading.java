package dev.judge.problems;

/**
 * How a group's result is computed: the legacy default grader's configuration, or the 2023-07 and
 * later score aggregation.
 */
@com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.DEDUCTION)
@com.fasterxml.jackson.annotation.JsonSubTypes({
    @com.fasterxml.jackson.annotation.JsonSubTypes.Type(LegacyGrading.class),
    @com.fasterxml.jackson.annotation.JsonSubTypes.Type(ScoreAggregation.class)})
public sealed interface GroupGrading permits LegacyGrading, ScoreAggregation {
}
