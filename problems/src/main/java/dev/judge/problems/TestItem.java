package dev.judge.problems;

/** A node of the test data tree: a group of further items, or a test case. */
public sealed interface TestItem permits TestGroup, TestCase {

    /** The path under {@code data/} without extension: {@code secret/group1/01-small}, or {@code ""} for the root. */
    String name();
}
