package dev.judge.result.aggregate;

import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.problems.TestCase;
import dev.judge.problems.grading.Grader;
import dev.judge.problems.grading.GroupResult;
import dev.judge.problems.grading.TestOutcome;
import dev.judge.state.ProblemStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A verdict on a problem: the folded verdict graded by the problem's rules (the specification's, as
 * {@link Grader} implements them), with the problem's id and version, the score and its maximum
 * (scoring problems) and every test group's result. Test {@code i} is the package's {@code i}-th
 * test case in running order. A verdict the grading itself could not give (a validator's score out of
 * its group's range, say) is an INTERNAL_ERROR whose message says why.
 */
public final class ProblemVerdicts {

    private ProblemVerdicts() {
    }

    public static Verdict grade(Verdict folded, ProblemStore.Stored stored) {
        List<TestCase> cases = stored.problem().testCases();
        Map<String, TestOutcome> outcomes = new HashMap<>();
        for (TestResult t : folded.tests()) {
            if (t.index() < cases.size()) {
                outcomes.put(cases.get(t.index()).name(), t.score() == null ? TestOutcome.of(t.status())
                        : TestOutcome.of(t.status(), t.score()));
            }
        }
        GroupResult root = Grader.of(stored.problem()).grade(outcomes);
        List<Verdict.Group> groups = new ArrayList<>();
        collect(root, groups);
        boolean scoring = stored.problem().type() == dev.judge.problems.ProblemType.SCORING;
        Status status = root.status() == Status.SKIPPED ? folded.status() : root.status();
        return folded.graded(stored.id(), stored.version(), status, scoring ? value(root.score(), 0.0) : null,
                scoring ? value(root.maxScore(), null) : null, groups,
                status == Status.INTERNAL_ERROR ? String.join("; ", root.allMessages()) : null);
    }

    private static void collect(GroupResult group, List<Verdict.Group> into) {
        for (GroupResult sub : group.subgroups()) {
            into.add(new Verdict.Group(sub.name(), sub.status(), value(sub.score(), null), value(sub.maxScore(), null),
                    sub.passed(), sub.total()));
            collect(sub, into);
        }
    }

    private static Double value(OptionalDouble d, Double otherwise) {
        return d.isPresent() ? Double.valueOf(d.getAsDouble()) : otherwise;
    }
}
