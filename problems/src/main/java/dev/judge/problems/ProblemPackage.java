package dev.judge.problems;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A problem package as read at import: everything judging needs, and references to the stored bytes
 * of its files. Immutable; judging reads this, never the package.
 *
 * @param shortName the package's name: its directory's, the zip's single top folder's, or the zip's file name
 * @param formatVersion the format {@code problem.yaml} declares
 * @param names the problem's name per language code ({@code en} for a legacy or plain-string {@code name}); may
 *     be empty for a legacy package without a name
 * @param uuid {@code uuid}, where given
 * @param type pass-fail or scoring
 * @param validation who checks the output and how
 * @param limits time, memory and the other limits
 * @param validatorFlags the problem's default output validator flags (legacy {@code validator_flags}), before
 *     each group's own
 * @param outputValidator the package's output validator, where it has one
 * @param data the test data, rooted at {@code data/}
 * @param submissions the example submissions, in path order
 */
public record ProblemPackage(
        String shortName,
        FormatVersion formatVersion,
        Map<String, String> names,
        Optional<String> uuid,
        ProblemType type,
        Validation validation,
        Limits limits,
        List<String> validatorFlags,
        Optional<OutputValidator> outputValidator,
        TestGroup data,
        List<ExampleSubmission> submissions) {

    public ProblemPackage {
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(formatVersion, "formatVersion");
        names = Map.copyOf(names);
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(limits, "limits");
        validatorFlags = List.copyOf(validatorFlags);
        Objects.requireNonNull(outputValidator, "outputValidator");
        Objects.requireNonNull(data, "data");
        submissions = List.copyOf(submissions);
    }

    /** The name to show: English if there is one, else any, else the short name. */
    public String displayName() {
        return names.getOrDefault("en", names.values().stream().sorted().findFirst().orElse(shortName));
    }

    /** Every test case, samples first, in running order. */
    public List<TestCase> testCases() {
        return data.testCases();
    }

    /** This package with another time limit (one computed from its example submissions, say). */
    public ProblemPackage withTimeLimit(TimeLimit timeLimit) {
        return new ProblemPackage(shortName, formatVersion, names, uuid, type, validation, limits.withTimeLimit(timeLimit),
                validatorFlags, outputValidator, data, submissions);
    }
}
