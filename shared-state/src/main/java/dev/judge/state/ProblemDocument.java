package dev.judge.state;

import dev.judge.problems.ProblemType;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TimeLimit;
import dev.judge.problems.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem as the API shows it ({@code PUT|GET /api/v1/problems/{id}}): what was imported and the
 * limits submissions get, with every test group under {@code data/} and its number of test cases.
 *
 * @param timeLimitDerivation how a computed limit was derived, or why a package without one has the
 *     default; null otherwise
 * @param testCount every test case that runs, samples included
 */
public record ProblemDocument(String id, String version, String name, String type, String validation, double timeLimitSec,
        String timeLimitFrom, String timeLimitDerivation, long memoryLimitKb, int testCount, List<Group> groups) {

    /** The memory a package gets when it says nothing (the specification's default). */
    public static final int DEFAULT_MEMORY_MIB = 2048;

    /** A test group: its path under {@code data/} and its test cases at any depth. */
    public record Group(String name, int testCount) {
    }

    public static ProblemDocument of(ProblemStore.Stored stored) {
        var p = stored.problem();
        List<Group> groups = new ArrayList<>();
        collect(p.data(), groups);
        return new ProblemDocument(stored.id(), stored.version(), p.displayName(),
                p.type() == ProblemType.SCORING ? "scoring" : "pass-fail", validation(p.validation()),
                p.limits().timeLimit().seconds(), source(p.limits().timeLimit().source()), p.limits().timeLimit().derivation(),
                memoryKb(stored),
                p.testCases().size(), groups);
    }

    /** The memory limit of the problem's submissions, in KiB. */
    public static long memoryKb(ProblemStore.Stored stored) {
        return (long) stored.problem().limits().memoryMib().orElse(DEFAULT_MEMORY_MIB) * 1024;
    }

    private static void collect(TestGroup group, List<Group> into) {
        for (TestGroup sub : group.subgroups()) {
            into.add(new Group(sub.name(), sub.testCases().size()));
            collect(sub, into);
        }
    }

    static String validation(Validation v) {
        return switch (v.kind()) {
            case DEFAULT -> "default";
            case CUSTOM -> "custom";
            case CUSTOM_INTERACTIVE -> "custom interactive";
            case CUSTOM_MULTI_PASS -> "custom multi-pass";
            case CUSTOM_INTERACTIVE_MULTI_PASS -> "custom interactive multi-pass";
        };
    }

    static String source(TimeLimit.Source source) {
        return switch (source) {
            case PROBLEM_YAML -> "problem.yaml";
            case TIMELIMIT_FILE -> ".timelimit";
            case COMPUTED -> "computed";
            case DEFAULT -> "default";
        };
    }
}
