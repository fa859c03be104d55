/**
 * Grading: folding the test cases' outcomes up the group tree into each group's and the problem's
 * verdict and score. {@link dev.judge.problems.grading.Grader} picks the rule by the problem's type and
 * format version: pass-fail (the first failing test decides), the legacy default grader as problemtools
 * runs it, or the 2023-07 and later score aggregation.
 */
package dev.judge.problems.grading;
