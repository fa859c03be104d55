package dev.judge.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A submission as producers publish it on {@code judge.submissions}. Optional fields may be
 * null; {@link SubmissionValidator} checks everything and resolves the defaults. {@code problemVersion}
 * pins a {@code problemId}'s version (one still kept: the current one, or one replaced or deleted
 * within the day); without it the problem's current version judges.
 */
public record Submission(
        String id,
        String language,
        String source,
        List<TestCase> tests,
        RequestedLimits limits,
        List<String> compilerOptions,
        List<String> arguments,
        Boolean redirectStderrToStdout,
        Compare compare,
        Boolean stopOnFirstFailure,
        List<SourceFile> files,
        String entry,
        String problemId,
        InlineValidator checker,
        InlineValidator interactor,
        String problemVersion) {

    /** A submission judged on the current version of its problem, if it names one. */
    public Submission(String id, String language, String source, List<TestCase> tests, RequestedLimits limits,
            List<String> compilerOptions, List<String> arguments, Boolean redirectStderrToStdout, Compare compare,
            Boolean stopOnFirstFailure, List<SourceFile> files, String entry, String problemId, InlineValidator checker,
            InlineValidator interactor) {
        this(id, language, source, tests, limits, compilerOptions, arguments, redirectStderrToStdout, compare,
                stopOnFirstFailure, files, entry, problemId, checker, interactor, null);
    }

    /** A submission without a checker or interactor of its own. */
    public Submission(String id, String language, String source, List<TestCase> tests, RequestedLimits limits,
            List<String> compilerOptions, List<String> arguments, Boolean redirectStderrToStdout, Compare compare,
            Boolean stopOnFirstFailure, List<SourceFile> files, String entry, String problemId) {
        this(id, language, source, tests, limits, compilerOptions, arguments, redirectStderrToStdout, compare,
                stopOnFirstFailure, files, entry, problemId, null, null);
    }

    /**
     * A checker (or interactor) sent with a submission on inline tests, judging each test's output
     * instead of the comparison: {@code kind} {@code kattis} (the problem package interface, the default)
     * or {@code testlib}; an interactor is always {@code kattis}. Its program is a {@code source} and/or
     * {@code files}, like a submission's (headers such as a user's own {@code testlib.h} among the files).
     */
    public record InlineValidator(String kind, String language, String source, List<SourceFile> files) {
    }

    /** A program of several files, judged on inline tests. */
    public Submission(String id, String language, String source, List<TestCase> tests, RequestedLimits limits,
            List<String> compilerOptions, List<String> arguments, Boolean redirectStderrToStdout, Compare compare,
            Boolean stopOnFirstFailure, List<SourceFile> files, String entry) {
        this(id, language, source, tests, limits, compilerOptions, arguments, redirectStderrToStdout, compare,
                stopOnFirstFailure, files, entry, null);
    }

    /** The fields a submission had before it could carry several files. */
    public Submission(String id, String language, String source, List<TestCase> tests, RequestedLimits limits,
            List<String> compilerOptions, List<String> arguments, Boolean redirectStderrToStdout, Compare compare,
            Boolean stopOnFirstFailure) {
        this(id, language, source, tests, limits, compilerOptions, arguments, redirectStderrToStdout, compare,
                stopOnFirstFailure, null, null, null);
    }

    /** One file of a program of several files: its name in the box and its text or exact bytes. */
    public record SourceFile(String name, String content, String contentBase64) {

        /** Its bytes; call only on a validated file. */
        public byte[] bytes() {
            return contentBase64 != null ? Base64.getDecoder().decode(contentBase64)
                    : content.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** One test case: its input and the expected output (null: run only, no comparison). */
    public record TestCase(String stdin, String expectedOutput, String stdinBase64, String expectedOutputBase64) {

        /** A test given as text. */
        public TestCase(String stdin, String expectedOutput) {
            this(stdin, expectedOutput, null, null);
        }

        /** A test given as exact bytes: what the program reads and what it must write. */
        public static TestCase ofBytes(byte[] stdin, byte[] expectedOutput) {
            Base64.Encoder b64 = Base64.getEncoder();
            return new TestCase(null, null, stdin == null ? null : b64.encodeToString(stdin),
                    expectedOutput == null ? null : b64.encodeToString(expectedOutput));
        }

        /** The input's bytes (empty when none); call only on a validated test. */
        public byte[] stdinBytes() {
            return stdinBase64 != null ? Base64.getDecoder().decode(stdinBase64)
                    : (stdin == null ? "" : stdin).getBytes(StandardCharsets.UTF_8);
        }

        /** The expected output's bytes, or null to run without comparing; call only on a validated test. */
        public byte[] expectedBytes() {
            if (expectedOutputBase64 != null) {
                return Base64.getDecoder().decode(expectedOutputBase64);
            }
            return expectedOutput == null ? null : expectedOutput.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** How outputs are compared; {@code epsilon} only for {@link CompareMode#FLOAT}. */
    public record Compare(CompareMode mode, Double epsilon) {
        public static Compare defaults() {
            return new Compare(CompareMode.TRAILING_WHITESPACE, null);
        }
    }

    /** Limits as requested: any of them may be null (the language's default). */
    public record RequestedLimits(
            Double cpuTimeSec,
            Double cpuExtraTimeSec,
            Double wallTimeSec,
            Long memoryKb,
            Long stackKb,
            Integer maxProcesses,
            Long outputLimitKb) {
    }

    public Submission withId(String newId) {
        return new Submission(newId, language, source, tests, limits, compilerOptions, arguments,
                redirectStderrToStdout, compare, stopOnFirstFailure, files, entry, problemId, checker, interactor,
                problemVersion);
    }
}
