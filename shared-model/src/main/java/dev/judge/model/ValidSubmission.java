package dev.judge.model;

import java.util.List;

/** A submission that passed validation, with every default resolved. */
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
        boolean stopOnFirstFailure) {

    public ValidSubmission {
        tests = List.copyOf(tests);
        compilerOptions = List.copyOf(compilerOptions);
        arguments = List.copyOf(arguments);
    }
}
