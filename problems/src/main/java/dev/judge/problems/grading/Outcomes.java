package dev.judge.problems.grading;

import dev.judge.model.Status;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import java.util.Map;

/** The outcomes of one submission's tests, by test case name, and the counts every rule reports. */
record Outcomes(Map<String, TestOutcome> byName) {

    Outcomes {
        byName = Map.copyOf(byName);
    }

    /** The test's outcome, or a skipped one when it has none. */
    TestOutcome of(TestCase test) {
        return byName.getOrDefault(test.name(), TestOutcome.of(Status.SKIPPED));
    }

    int passed(TestGroup group) {
        return (int) group.testCases().stream().filter(t -> of(t).status() == Status.ACCEPTED).count();
    }

    /** The first test in running order that was not run, or null. */
    TestCase firstUnjudged(TestGroup group) {
        return group.testCases().stream().filter(t -> !of(t).judged()).findFirst().orElse(null);
    }
}
