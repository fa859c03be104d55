package dev.judge.problems;

/** Whether a submission is only accepted or rejected, or also given a score. */
public enum ProblemType {
    /** Accepted if and only if every test case is accepted. */
    PASS_FAIL,
    /** An accepted submission also gets a score, computed by grading the test groups. */
    SCORING
}
