package dev.judge.problems.grading;

import dev.judge.model.Status;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TestItem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Pass-fail: a group is accepted if and only if all its test cases are; otherwise its verdict is the
 * first failing test's, in running order. Judging may stop at that test, so the tests after it need no
 * outcome (a group wholly after it is {@link Status#SKIPPED}); a test with no outcome before any failure
 * makes the result an internal error.
 */
final class PassFailRule {

    private final Outcomes outcomes;

    PassFailRule(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    GroupResult grade(TestGroup group) {
        return grade(group, false);
    }

    private GroupResult grade(TestGroup group, boolean stoppedBefore) {
        List<GroupResult> subgroups = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        boolean stopped = stoppedBefore;
        Status first = null;
        for (TestItem item : group.items()) {
            Status status;
            if (item instanceof TestGroup sub) {
                GroupResult result = grade(sub, stopped);
                subgroups.add(result);
                status = result.status();
            } else {
                TestOutcome outcome = outcomes.of((TestCase) item);
                status = outcome.status();
                if (!outcome.judged() && !stopped) {
                    messages.add("test " + item.name() + " was not judged");
                    status = Status.INTERNAL_ERROR;
                }
            }
            if (status.failed() && first == null) {
                first = status;
                stopped = true;
            }
        }
        if (first == null) {
            first = stoppedBefore && outcomes.firstUnjudged(group) != null ? Status.SKIPPED : Status.ACCEPTED;
        }
        return new GroupResult(group.name(), first, OptionalDouble.empty(), OptionalDouble.empty(),
                outcomes.passed(group), group.testCases().size(), subgroups, messages);
    }
}
