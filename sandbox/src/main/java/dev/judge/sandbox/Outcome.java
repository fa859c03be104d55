package dev.judge.sandbox;

/** How a run in the sandbox ended. */
public enum Outcome {
    /** The program exited with status 0 within its limits. */
    OK,
    /** The program exited with a non-zero status. */
    RUNTIME_ERROR,
    /** The program was killed by a signal (other than by a limit). */
    SIGNALLED,
    /** The CPU or the wall-clock limit was exceeded. */
    TIME_LIMIT,
    /** The box's memory limit was exceeded (the cgroup's OOM killer fired). */
    MEMORY_LIMIT,
    /** The program wrote more than its output (file size) limit. */
    OUTPUT_LIMIT,
    /** The sandbox itself failed; the program is not to blame. */
    INTERNAL_ERROR
}
