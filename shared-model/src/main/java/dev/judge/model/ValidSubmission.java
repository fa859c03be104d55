package dev.judge.model;

import java.util.List;

/**
 * A submission that passed validation, with every default resolved.
 *
 * @param source the single source's text, or null for a program given as {@code files}
 * @param files the program's other files by name (or all of them, without {@code source}), in their order
 * @param entry the file named as the entry point, or null for the language's rule
 * @param problemId the problem whose test cases it is judged on ({@code tests} is then empty), or null
 */
public record ValidSubmission(
        String id,
        Language language,
        String source,
        List<Submission.TestCase> tests,
        RunLimits limits,
        List<String> compilerOptions,
        List<String> arguments,
        boolean redirectStderrToStdout,
        Submission.Compare compare,
        boolean stopOnFirstFailure,
        java.util.Map<String, byte[]> files,
        String entry,
        String problemId,
        Checker checker) {

    /** A submission without a checker of its own. */
    public ValidSubmission(String id, Language language, String source, List<Submission.TestCase> tests, RunLimits limits,
            List<String> compilerOptions, List<String> arguments, boolean redirectStderrToStdout, Submission.Compare compare,
            boolean stopOnFirstFailure, java.util.Map<String, byte[]> files, String entry, String problemId) {
        this(id, language, source, tests, limits, compilerOptions, arguments, redirectStderrToStdout, compare,
                stopOnFirstFailure, files, entry, problemId, null);
    }

    /**
     * The submission's own checker or interactor, checked.
     *
     * @param source its main file's text (written under its language's file name), or null
     * @param files its other files, by name
     * @param interactive whether it talks with the program (an interactor) rather than reading its output after
     */
    public record Checker(ValidatorProgram.Kind kind, Language language, String source, java.util.Map<String, byte[]> files,
            boolean interactive) {
        public Checker {
            files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        }
    }

    /** A submission on inline tests. */
    public ValidSubmission(String id, Language language, String source, List<Submission.TestCase> tests, RunLimits limits,
            List<String> compilerOptions, List<String> arguments, boolean redirectStderrToStdout, Submission.Compare compare,
            boolean stopOnFirstFailure, java.util.Map<String, byte[]> files, String entry) {
        this(id, language, source, tests, limits, compilerOptions, arguments, redirectStderrToStdout, compare,
                stopOnFirstFailure, files, entry, null);
    }

    /** A single-source submission. */
    public ValidSubmission(String id, Language language, String source, List<Submission.TestCase> tests, RunLimits limits,
            List<String> compilerOptions, List<String> arguments, boolean redirectStderrToStdout, Submission.Compare compare,
            boolean stopOnFirstFailure) {
        this(id, language, source, tests, limits, compilerOptions, arguments, redirectStderrToStdout, compare,
                stopOnFirstFailure, new java.util.LinkedHashMap<>(), null);
    }

    public ValidSubmission {
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        tests = List.copyOf(tests);
        compilerOptions = List.copyOf(compilerOptions);
        arguments = List.copyOf(arguments);
    }
}
