package dev.judge.problems.grading;

import dev.judge.model.Status;
import dev.judge.problems.FormatVersion;
import dev.judge.problems.LegacyGrading;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.ProblemType;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Grades one submission: folds its test cases' outcomes up the group tree into each group's and the
 * problem's verdict and score.
 * <ul>
 *   <li>Pass-fail problems, in every format version: the first failing test's verdict in running order
 *       (sample then secret), accepted only if every test is ({@link PassFailRule}); no score.</li>
 *   <li>Legacy scoring problems: the default grader of {@code testdata.yaml} as problemtools runs it
 *       ({@link LegacyRule}). A group's maximum score is the top of its {@code range} where that is finite,
 *       else the score it gets when every test is accepted with its {@code accept_score} (unknown when
 *       the validator writes scores).</li>
 *   <li>2023-07 and later scoring problems: {@code score_aggregation}, {@code max_score} and
 *       {@code require_pass} ({@link AggregationRule}).</li>
 * </ul>
 * Where DOMjudge reads a package differently: it leaves the samples out of the score (and of the
 * verdict's scoring) and scores whole groups, each group worth its points only if all its test cases are
 * accepted, with no per-test {@code accept_score}, {@code on_reject} or grader flags. Results graded
 * here can therefore differ from DOMjudge's for legacy packages whose groups use {@code continue},
 * {@code min}, {@code avg}, {@code max} or validator scores.
 */
public final class Grader {

    private final ProblemType type;
    private final FormatVersion version;
    private final boolean validatorScores;
    private final TestGroup data;
    private final CustomGrader customGrader;

    public Grader(ProblemType type, FormatVersion version, boolean validatorScores, TestGroup data,
            CustomGrader customGrader) {
        this.type = Objects.requireNonNull(type, "type");
        this.version = Objects.requireNonNull(version, "version");
        this.validatorScores = validatorScores;
        this.data = Objects.requireNonNull(data, "data");
        this.customGrader = Objects.requireNonNull(customGrader, "customGrader");
    }

    /** A grader for this package, without a custom grader program. */
    public static Grader of(ProblemPackage problem) {
        return new Grader(problem.type(), problem.formatVersion(), problem.validation().validatorScores(),
                problem.data(), CustomGrader.NONE);
    }

    /**
     * The problem's result (the root group's, named {@code ""}) with every group's below it.
     *
     * @param outcomes each test case's outcome by its name; a test with none counts as not run
     */
    public GroupResult grade(Map<String, TestOutcome> outcomes) {
        Outcomes known = new Outcomes(outcomes);
        if (type == ProblemType.PASS_FAIL) {
            return new PassFailRule(known).grade(data);
        }
        if (version.modern()) {
            return new AggregationRule(known).grade(data);
        }
        return new LegacyRule(known, customGrader, legacyMaxScores()).grade(data);
    }

    private Map<String, OptionalDouble> legacyMaxScores() {
        Map<String, TestOutcome> allAccepted = new HashMap<>();
        for (TestCase test : data.testCases()) {
            allAccepted.put(test.name(), TestOutcome.of(Status.ACCEPTED));
        }
        GroupResult ideal = new LegacyRule(new Outcomes(allAccepted), customGrader, Map.of()).grade(data);
        Map<String, OptionalDouble> max = new HashMap<>();
        collectMax(data, ideal, max);
        return max;
    }

    private void collectMax(TestGroup group, GroupResult ideal, Map<String, OptionalDouble> into) {
        LegacyGrading.ScoreRange range = ((LegacyGrading) group.settings().grading()).range();
        if (Double.isFinite(range.max())) {
            into.put(group.name(), OptionalDouble.of(range.max()));
        } else if (!validatorScores && ideal.status() != Status.INTERNAL_ERROR && ideal.score().isPresent()) {
            into.put(group.name(), ideal.score());
        }
        for (TestGroup sub : group.subgroups()) {
            ideal.subgroups().stream().filter(r -> r.name().equals(sub.name())).findFirst()
                    .ifPresent(r -> collectMax(sub, r, into));
        }
    }
}
