/**
 * The Java driver of an isolate-compatible sandbox launcher.
 *
 * <p>Theory of operation: a {@link dev.judge.sandbox.BoxPool} owns a fixed set of boxes. Each box
 * id is claimed with a lock file held for the life of the pool, so several JVMs on one host never
 * share a box; a claimed box is cleaned up and initialised once, then reused. A caller takes a
 * {@link dev.judge.sandbox.Box}, puts files into it (always as new files, never through links),
 * runs a command with {@link dev.judge.sandbox.Limits} and gets a {@link dev.judge.sandbox.RunResult};
 * giving the box back wipes it. The launcher is driven only through isolate's command line and its
 * meta file (never its human-readable message), so the official isolate can replace ours by
 * pointing {@link dev.judge.sandbox.SandboxSettings#binary()} at it. Every failure of the sandbox
 * itself becomes an {@link dev.judge.sandbox.Outcome#INTERNAL_ERROR} result, never an exception
 * that would break a consumer; a box that failed is discarded and initialised again. An
 * interactive problem's submission and validator run as a pair in two boxes
 * ({@link dev.judge.sandbox.Box#runPaired}, judgebox only), talking through two pipes.
 */
package dev.judge.sandbox;
