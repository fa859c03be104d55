/**
 * The specification's default output validator, in process: {@link dev.judge.problems.validator.DefaultValidator}
 * compares a submission's output with the answer file token by token, under the flags a package gives
 * ({@link dev.judge.problems.validator.ValidatorFlags}), and answers a
 * {@link dev.judge.problems.validator.Judgement} with a short message saying what differed and where.
 * The work is one pass over each byte array: no regular expressions, no copies of the whole output.
 */
package dev.judge.problems.validator;
