package dev.judge.problems;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The {@code limits} of {@code problem.yaml}. A limit the package leaves out is empty: the engine's
 * default applies (the specification's "system default").
 *
 * @param timeLimit the time limit per test case and where it came from
 * @param timeMultipliers margins for inferring or checking the time limit
 * @param timeResolution an inferred time limit is a multiple of this, in seconds (2023-07 and later; 1.0)
 * @param memoryMib the submission's memory, in MiB
 * @param outputMib the submission's output, in MiB
 * @param codeKib the submission's source size, in KiB
 * @param compilationTimeSec the compiler's time, in seconds
 * @param compilationMemoryMib the compiler's memory, in MiB
 * @param validationTimeSec the output validator's time per test case, in seconds
 * @param validationMemoryMib the output validator's memory, in MiB
 * @param validationOutputMib the output validator's output, in MiB
 * @param validationPasses how many passes a multi-pass problem runs (2 unless given)
 */
public record Limits(
        TimeLimit timeLimit,
        TimeMultipliers timeMultipliers,
        double timeResolution,
        OptionalInt memoryMib,
        OptionalInt outputMib,
        OptionalInt codeKib,
        OptionalInt compilationTimeSec,
        OptionalInt compilationMemoryMib,
        OptionalInt validationTimeSec,
        OptionalInt validationMemoryMib,
        OptionalInt validationOutputMib,
        int validationPasses) {

    public Limits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(timeMultipliers, "timeMultipliers");
        if (!(timeResolution > 0)) {
            throw new IllegalArgumentException("time resolution must be positive: " + timeResolution);
        }
        if (validationPasses < 2) {
            throw new IllegalArgumentException("validation passes must be at least 2: " + validationPasses);
        }
    }

    /** These limits with another time limit (one inferred from the example submissions, say). */
    public Limits withTimeLimit(TimeLimit other) {
        return new Limits(other, timeMultipliers, timeResolution, memoryMib, outputMib, codeKib, compilationTimeSec,
                compilationMemoryMib, validationTimeSec, validationMemoryMib, validationOutputMib, validationPasses);
    }
}
