package dev.judge.problems.grading;

import dev.judge.model.Status;
import java.util.List;

/**
 * The hook for a legacy group with {@code grading: custom}: the package's grader program, which this
 * module does not run. Given the group's sub-results in order (verdict and score, as the grader's
 * standard input has them) and its {@code grader_flags}, answers the group's verdict and score.
 */
@FunctionalInterface
public interface CustomGrader {

    /** A sub-result or the answer: a verdict and a score. */
    record Graded(Status status, double score) {
    }

    Graded grade(String groupName, List<Graded> subResults, List<String> graderFlags);

    /** No grader: a custom-graded group's result is an internal error. */
    CustomGrader NONE = (group, results, flags) -> null;
}
