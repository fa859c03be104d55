package dev.judge.problems;

/** A node of the test data tree: a group of further items, or a test case (told apart by their fields in JSON). */
@com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.DEDUCTION)
@com.fasterxml.jackson.annotation.JsonSubTypes({
    @com.fasterxml.jackson.annotation.JsonSubTypes.Type(TestGroup.class),
    @com.fasterxml.jackson.annotation.JsonSubTypes.Type(TestCase.class)})
public sealed interface TestItem permits TestGroup, TestCase {

    /** The path under {@code data/} without extension: {@code secret/group1/01-small}, or {@code ""} for the root. */
    String name();
}
