package dev.judge.problems.grading;

import dev.judge.model.Status;
import dev.judge.problems.ScoreAggregation;
import dev.judge.problems.ScoreAggregation.Aggregation;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TestItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Scoring in 2023-07 and later ("Result aggregation"). The problem's score is {@code secret}'s; samples
 * are judged but not scored. A group is scored by its {@code score_aggregation}:
 * <ul>
 *   <li>{@code pass-fail}: its {@code max_score} if every test case is accepted, else 0;</li>
 *   <li>{@code sum} or {@code min}: the sum or the least of its items' scores. A test case's maximum is
 *       {@code max_score / N} under sum ({@code N} test cases in the group) and {@code max_score} under
 *       min; an accepted test scores its validator's {@code score.txt}, or its maximum when the validator
 *       wrote none; a rejected test scores 0.</li>
 * </ul>
 * A group whose {@code require_pass} groups were not all accepted is not run: {@link Status#SKIPPED},
 * score 0. These are judge errors ({@link Status#INTERNAL_ERROR}): a score for a rejected test or in a
 * pass-fail group, no score for an accepted test of an unbounded group, a score above its maximum, an
 * unbounded pass-fail group, a test with no outcome where one is needed (under pass-fail aggregation the
 * tests after the first failure need none). A group's verdict is its first failing item's, else accepted.
 */
final class AggregationRule {

    private static final double EPSILON = 1e-9;

    private final Outcomes outcomes;
    private final Map<String, GroupResult> graded = new HashMap<>();

    AggregationRule(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    GroupResult grade(TestGroup root) {
        List<GroupResult> parts = new ArrayList<>();
        GroupResult secret = null;
        for (TestGroup part : root.subgroups()) {
            GroupResult result = part.name().equals("secret") ? scored(part) : new PassFailRule(outcomes).grade(part);
            graded.put(part.name(), result);
            parts.add(result);
            if (part.name().equals("secret")) {
                secret = result;
            }
        }
        Status status = secret == null ? Status.ACCEPTED : secret.status();
        OptionalDouble score = secret == null ? OptionalDouble.of(0) : secret.score();
        OptionalDouble max = secret == null ? OptionalDouble.of(0) : secret.maxScore();
        return new GroupResult(root.name(), status, score, max, outcomes.passed(root), root.testCases().size(), parts,
                List.of());
    }

    private GroupResult scored(TestGroup group) {
        ScoreAggregation config = (ScoreAggregation) group.settings().grading();
        OptionalDouble max = config.maxScore();
        int passed = outcomes.passed(group);
        int total = group.testCases().size();
        for (String required : config.requirePass()) {
            GroupResult before = graded.get(required);
            if (before == null || before.status() != Status.ACCEPTED) {
                GroupResult result = new GroupResult(group.name(), Status.SKIPPED, OptionalDouble.of(0), max, passed,
                        total, List.of(), List.of("not run: " + required + " was not passed"));
                graded.put(group.name(), result);
                return result;
            }
        }
        Scores scores = new Scores(config, group);
        List<GroupResult> subgroups = new ArrayList<>();
        for (TestItem item : group.items()) {
            if (item instanceof TestGroup sub) {
                GroupResult result = scored(sub);
                subgroups.add(result);
                scores.add(result.status(), result.score().orElse(0));
            } else {
                scores.add((TestCase) item, outcomes.of((TestCase) item));
            }
        }
        GroupResult result = new GroupResult(group.name(), scores.status(), OptionalDouble.of(scores.total()), max,
                passed, total, subgroups, scores.messages);
        graded.put(group.name(), result);
        return result;
    }

    /** One group's items' scores, collected in order. */
    private static final class Scores {

        private final ScoreAggregation config;
        private final String group;
        private final OptionalDouble testMax;
        private final List<Double> scores = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();
        private Status first;

        Scores(ScoreAggregation config, TestGroup group) {
            this.config = config;
            this.group = group.name();
            long tests = group.items().stream().filter(TestCase.class::isInstance).count();
            OptionalDouble max = config.maxScore();
            this.testMax = max.isEmpty() || tests == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(config.aggregation() == Aggregation.SUM ? max.getAsDouble() / tests
                            : max.getAsDouble());
        }

        void add(Status status, double score) {
            if (status.failed() && first == null) {
                first = status;
            }
            scores.add(score);
        }

        void add(TestCase test, TestOutcome outcome) {
            if (!outcome.judged()) {
                if (config.aggregation() == Aggregation.PASS_FAIL && first != null) {
                    scores.add(0.0);
                    return;
                }
                error("test " + test.name() + " was not judged");
            } else if (outcome.status() != Status.ACCEPTED && outcome.score().isPresent()) {
                error("test " + test.name() + " was rejected but has a score");
            } else if (outcome.status() == Status.ACCEPTED && config.aggregation() == Aggregation.PASS_FAIL
                    && outcome.score().isPresent()) {
                error("test " + test.name() + " has a score in a pass-fail group");
            } else if (outcome.status() == Status.ACCEPTED && outcome.score().isEmpty() && testMax.isEmpty()
                    && config.aggregation() != Aggregation.PASS_FAIL) {
                error("test " + test.name() + " is in an unbounded group and its validator gave no score");
            } else if (outcome.score().isPresent() && (outcome.score().getAsDouble() < 0 || testMax.isPresent()
                    && outcome.score().getAsDouble() > testMax.getAsDouble() + EPSILON)) {
                error("test " + test.name() + " scored " + outcome.score().getAsDouble() + ", outside [0, "
                        + (testMax.isPresent() ? testMax.getAsDouble() : "unbounded") + "]");
            }
            boolean accepted = outcome.status() == Status.ACCEPTED;
            add(outcome.judged() ? outcome.status() : Status.INTERNAL_ERROR,
                    !accepted ? 0 : outcome.score().orElse(testMax.orElse(0)));
        }

        private void error(String message) {
            messages.add(message);
            first = Status.INTERNAL_ERROR;
        }

        Status status() {
            if (config.aggregation() == Aggregation.PASS_FAIL && config.maxScore().isEmpty()) {
                error("group '" + group + "' has pass-fail aggregation and no max_score");
            }
            if (config.maxScore().isPresent() && total() > config.maxScore().getAsDouble() + EPSILON
                    && first != Status.INTERNAL_ERROR) {
                error("group '" + group + "' scored " + total() + ", above its max_score "
                        + config.maxScore().getAsDouble());
            }
            return first == null ? Status.ACCEPTED : first;
        }

        double total() {
            return switch (config.aggregation()) {
                case PASS_FAIL -> first == null ? config.maxScore().orElse(0) : 0;
                case SUM -> scores.stream().mapToDouble(Double::doubleValue).sum();
                case MIN -> scores.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            };
        }
    }
}
