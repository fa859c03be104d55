/**
 * Problem packages in the ICPC/Kattis problem package format (legacy, 2023-07-draft, 2025-09).
 *
 * <p>Theory of operation. A package is read once, at import, by
 * {@link dev.judge.problems.reader.PackageReader}: from a zip or a directory into a
 * {@link dev.judge.problems.ProblemPackage}, an immutable tree of records. Test data is never held
 * whole in memory: every {@code .in}, {@code .ans}, validator and submission file is streamed into a
 * caller-given {@link dev.judge.problems.TestDataSink}, and the model keeps only the
 * {@link dev.judge.problems.ContentRef} (SHA-256 and size) it answers. Judging reads the model, never
 * the zip.
 *
 * <p>The test data is a tree rooted at {@code data/} ({@link dev.judge.problems.TestGroup}): sample
 * then secret, then groups and test cases in lexicographic order, which is the order the
 * specification runs them in. Each group carries its settings already resolved (inheritance applied),
 * so a judge never walks up the tree.
 *
 * <p>Two pure rules sit beside the model: {@link dev.judge.problems.validator.DefaultValidator}, the
 * specification's default output validator, and {@link dev.judge.problems.grading.Grader}, which folds
 * the test cases' outcomes up the group tree into the problem's result.
 */
package dev.judge.problems;
