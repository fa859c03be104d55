package dev.judge.problems;

import dev.judge.model.Status;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an example submission is expected to get, named by its folder under {@code submissions/}.
 * Each expectation says which verdicts the submission's final result may have.
 */
public enum Expectation {
    ACCEPTED(List.of("accepted"), EnumSet.of(Status.ACCEPTED)),
    /** Accepted, but without the full score (legacy scoring problems). */
    PARTIALLY_ACCEPTED(List.of("partially_accepted"), EnumSet.of(Status.ACCEPTED)),
    WRONG_ANSWER(List.of("wrong_answer"), EnumSet.of(Status.WRONG_ANSWER)),
    TIME_LIMIT_EXCEEDED(List.of("time_limit_exceeded"), EnumSet.of(Status.TIME_LIMIT_EXCEEDED)),
    RUN_TIME_ERROR(List.of("run_time_error", "runtime_error"), EnumSet.of(Status.RUNTIME_ERROR)),
    COMPILE_ERROR(List.of("compile_error", "compiler_error"), EnumSet.of(Status.COMPILATION_ERROR)),
    /** DOMjudge's legacy folders. */
    MEMORY_LIMIT_EXCEEDED(List.of("memory_limit_exceeded"), EnumSet.of(Status.MEMORY_LIMIT_EXCEEDED,
            Status.RUNTIME_ERROR)),
    OUTPUT_LIMIT_EXCEEDED(List.of("output_limit_exceeded"), EnumSet.of(Status.OUTPUT_LIMIT_EXCEEDED)),
    /** 2023-07 and later: any rejection. */
    REJECTED(List.of("rejected"), EnumSet.of(Status.WRONG_ANSWER, Status.TIME_LIMIT_EXCEEDED, Status.RUNTIME_ERROR,
            Status.MEMORY_LIMIT_EXCEEDED, Status.OUTPUT_LIMIT_EXCEEDED)),
    /** 2023-07 and later: never a wrong answer, but too slow or crashing somewhere. */
    BRUTE_FORCE(List.of("brute_force"), EnumSet.of(Status.TIME_LIMIT_EXCEEDED, Status.RUNTIME_ERROR,
            Status.MEMORY_LIMIT_EXCEEDED)),
    /** An {@code @EXPECTED_RESULTS@} line's verdicts, whatever the folder. */
    DECLARED(List.of(), EnumSet.noneOf(Status.class));

    private final List<String> folders;
    private final Set<Status> verdicts;

    Expectation(List<String> folders, Set<Status> verdicts) {
        this.folders = folders;
        this.verdicts = verdicts;
    }

    /** The folder names under {@code submissions/} that declare it. */
    public List<String> folders() {
        return folders;
    }

    /** The verdicts a submission with this expectation may get. */
    public Set<Status> verdicts() {
        return verdicts.isEmpty() ? Set.of() : EnumSet.copyOf(verdicts);
    }

    /** The expectation a folder under {@code submissions/} declares. */
    public static Optional<Expectation> ofFolder(String folder) {
        return Arrays.stream(values()).filter(e -> e.folders.contains(folder)).findFirst();
    }
}
