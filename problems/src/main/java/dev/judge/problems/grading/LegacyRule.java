package dev.judge.problems.grading;

import dev.judge.model.Status;
import dev.judge.problems.LegacyGrading;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TestItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The legacy default grader, as problemtools runs it. A group's items are judged in order; a test case
 * without a validator score gets the group's {@code accept_score} or {@code reject_score}; under
 * {@code on_reject: break} the first rejected item ends the group (the rest are not graded). A judge
 * error among the items is the group's result; otherwise the grader's flags decide: the verdict by
 * {@code worst_error} (default), {@code first_error} or {@code always_accept}, then
 * {@code accept_if_any_accepted}; the score by {@code sum} (default), {@code avg}, {@code min} or
 * {@code max}; {@code ignore_sample} keeps only the last sub-result (secret). A rejected group keeps the
 * score the grader computed. {@code range} is checked, never clamped: a score outside it is reported in
 * the messages. A group without test cases is left out of its parent's grading.
 */
final class LegacyRule {

    /** problemtools' order of errors, worst first. */
    private static final List<Status> WORST_FIRST = List.of(Status.INTERNAL_ERROR, Status.COMPILATION_ERROR,
            Status.REJECTED, Status.RUNTIME_ERROR, Status.MEMORY_LIMIT_EXCEEDED, Status.TIME_LIMIT_EXCEEDED,
            Status.OUTPUT_LIMIT_EXCEEDED, Status.WRONG_ANSWER, Status.ACCEPTED);

    private final Outcomes outcomes;
    private final CustomGrader customGrader;
    private final Map<String, OptionalDouble> maxScores;

    /**
     * @param maxScores each group's maximum score by name; empty map for the run that computes them
     */
    LegacyRule(Outcomes outcomes, CustomGrader customGrader, Map<String, OptionalDouble> maxScores) {
        this.outcomes = outcomes;
        this.customGrader = customGrader;
        this.maxScores = maxScores;
    }

    GroupResult grade(TestGroup group) {
        LegacyGrading config = (LegacyGrading) group.settings().grading();
        List<GroupResult> subgroups = new ArrayList<>();
        List<CustomGrader.Graded> graded = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        boolean stopped = false;
        for (TestItem item : group.items()) {
            if (item instanceof TestGroup sub) {
                if (stopped || sub.testCases().isEmpty()) {
                    subgroups.add(skipped(sub));
                    continue;
                }
                GroupResult result = grade(sub);
                subgroups.add(result);
                graded.add(new CustomGrader.Graded(result.status(), result.score().orElse(0)));
            } else if (!stopped) {
                graded.add(test((TestCase) item, config, messages));
            }
            if (!graded.isEmpty() && graded.get(graded.size() - 1).status() != Status.ACCEPTED
                    && config.onReject() == LegacyGrading.OnReject.BREAK) {
                stopped = true;
            }
        }
        CustomGrader.Graded result = aggregate(group, config, graded, messages);
        if (!config.range().contains(result.score())) {
            messages.add("group '" + group.name() + "' scored " + result.score() + ", outside its range ["
                    + config.range().min() + ", " + config.range().max() + "]");
        }
        return new GroupResult(group.name(), result.status(), OptionalDouble.of(result.score()),
                maxScores.getOrDefault(group.name(), OptionalDouble.empty()), outcomes.passed(group),
                group.testCases().size(), subgroups, messages);
    }

    private CustomGrader.Graded test(TestCase test, LegacyGrading config, List<String> messages) {
        TestOutcome outcome = outcomes.of(test);
        if (!outcome.judged()) {
            messages.add("test " + test.name() + " was not judged");
            return new CustomGrader.Graded(Status.INTERNAL_ERROR, 0);
        }
        boolean accepted = outcome.status() == Status.ACCEPTED;
        return new CustomGrader.Graded(outcome.status(),
                outcome.score().orElse(accepted ? config.acceptScore() : config.rejectScore()));
    }

    private CustomGrader.Graded aggregate(TestGroup group, LegacyGrading config, List<CustomGrader.Graded> graded,
            List<String> messages) {
        if (graded.isEmpty()) {
            return new CustomGrader.Graded(Status.ACCEPTED, 0);
        }
        CustomGrader.Graded judgeError = graded.stream().filter(g -> g.status() == Status.INTERNAL_ERROR).findFirst()
                .orElse(null);
        if (judgeError != null) {
            return judgeError;
        }
        if (config.customGrader()) {
            CustomGrader.Graded custom = customGrader.grade(group.name(), List.copyOf(graded), config.graderFlags());
            if (custom == null) {
                messages.add("group '" + group.name() + "' has grading: custom, and no grader was given");
                return new CustomGrader.Graded(Status.INTERNAL_ERROR, 0);
            }
            return custom;
        }
        List<CustomGrader.Graded> counted = graded;
        if (config.ignoreSample()) {
            if (graded.size() > 2) {
                messages.add("group '" + group.name() + "' has ignore_sample but " + graded.size() + " sub-results");
                return new CustomGrader.Graded(Status.INTERNAL_ERROR, 0);
            }
            counted = graded.subList(graded.size() - 1, graded.size());
        }
        boolean anyAccepted = counted.stream().anyMatch(g -> g.status() == Status.ACCEPTED);
        Status verdict = config.acceptIfAnyAccepted() && anyAccepted ? Status.ACCEPTED : verdict(config, counted);
        return new CustomGrader.Graded(verdict, score(config.scoreMode(), counted));
    }

    private static Status verdict(LegacyGrading config, List<CustomGrader.Graded> graded) {
        return switch (config.verdictMode()) {
            case ALWAYS_ACCEPT -> Status.ACCEPTED;
            case FIRST_ERROR -> graded.stream().map(CustomGrader.Graded::status).filter(s -> s != Status.ACCEPTED)
                    .findFirst().orElse(Status.ACCEPTED);
            case WORST_ERROR -> graded.stream().map(CustomGrader.Graded::status)
                    .min((a, b) -> Integer.compare(rank(a), rank(b))).orElse(Status.ACCEPTED);
        };
    }

    private static int rank(Status status) {
        int index = WORST_FIRST.indexOf(status);
        return index < 0 ? 0 : index;
    }

    private static double score(LegacyGrading.ScoreMode mode, List<CustomGrader.Graded> graded) {
        var scores = graded.stream().mapToDouble(CustomGrader.Graded::score);
        return switch (mode) {
            case SUM -> scores.sum();
            case AVG -> scores.average().orElse(0);
            case MIN -> scores.min().orElse(0);
            case MAX -> scores.max().orElse(0);
        };
    }

    private GroupResult skipped(TestGroup group) {
        return new GroupResult(group.name(), Status.SKIPPED, OptionalDouble.empty(),
                maxScores.getOrDefault(group.name(), OptionalDouble.empty()), outcomes.passed(group),
                group.testCases().size(), group.subgroups().stream().map(this::skipped).toList(), List.of());
    }
}
