package dev.judge.compile.problem;

import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.problems.Limits;
import dev.judge.problems.PackageIssue;
import dev.judge.problems.TimeLimit;
import dev.judge.problems.TimeLimits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The time limit of a package that sets none, from its accepted example submissions judged with a
 * generous limit (the specification's inference, {@link TimeLimits}): the slowest test of any of them,
 * in CPU seconds, times {@code ac_to_time_limit}, rounded up to a multiple of {@code time_resolution}.
 * <ul>
 * <li>An accepted submission that gets a definite rejection (a wrong answer, a crash, too slow even for
 * the generous limit, no compile) is a fault of the package: the import is refused, naming it.
 * <li>One that could not be judged here (its toolchain missing, judged too late) is left out; when no
 * accepted submission remains, the package keeps the default limit, saying why.
 * </ul>
 */
public final class CalibratedLimit {

    /** The statuses that show an "accepted" program is not: the package is wrong. */
    private static final Set<Status> PACKAGE_FAULTS = EnumSet.of(Status.WRONG_ANSWER, Status.TIME_LIMIT_EXCEEDED,
            Status.MEMORY_LIMIT_EXCEEDED, Status.OUTPUT_LIMIT_EXCEEDED, Status.RUNTIME_ERROR, Status.COMPILATION_ERROR);

    private CalibratedLimit() {
    }

    /**
     * One accepted example submission and its verdict.
     *
     * @param file its path in the package ({@code submissions/accepted/sol.c})
     * @param verdict its verdict, or null when it was not judged in time
     */
    public record Run(String file, Verdict verdict) {
    }

    /** What the runs give: a limit (computed, or the default with the reason), or the package's faults. */
    public sealed interface Outcome {
        /** @param limit the computed limit, or the default when no run could be used (its derivation says why) */
        record Limit(TimeLimit limit) implements Outcome {
        }

        record Refused(List<PackageIssue> issues) implements Outcome {
            public Refused {
                issues = List.copyOf(issues);
            }
        }
    }

    /**
     * @param runs the accepted example submissions' runs
     * @param limits the package's limits (its multipliers, resolution and default limit)
     * @param generousSec the time limit per test the runs were judged with
     */
    public static Outcome of(List<Run> runs, Limits limits, double generousSec) {
        List<PackageIssue> faults = new ArrayList<>();
        double slowest = -1;
        String slowestWhere = null;
        List<String> leftOut = new ArrayList<>();
        for (Run run : runs) {
            Verdict v = run.verdict();
            if (v == null) {
                leftOut.add(run.file() + " (not judged in time)");
            } else if (PACKAGE_FAULTS.contains(v.status())) {
                faults.add(new PackageIssue(run.file(), fault(v, generousSec)));
            } else if (v.status() != Status.ACCEPTED) {
                leftOut.add(run.file() + " (" + v.status() + (v.message() == null ? "" : ": " + v.message()) + ")");
            } else {
                for (TestResult t : v.tests()) {
                    if (t.cpuTimeSec() > slowest) {
                        slowest = t.cpuTimeSec();
                        slowestWhere = run.file() + " on " + testName(t);
                    }
                }
            }
        }
        if (!faults.isEmpty()) {
            return new Outcome.Refused(faults);
        }
        if (slowestWhere == null) {
            String why = runs.isEmpty() ? "the package has no accepted submission in a language this judge has"
                    : "no accepted submission could be judged here: " + String.join(", ", leftOut);
            return new Outcome.Limit(limits.timeLimit().derivedAs(why));
        }
        TimeLimit computed = TimeLimits.computed(slowest, OptionalDouble.empty(), limits).orElseThrow();
        String how = String.format(Locale.ROOT, "the slowest accepted run, %.3f s (%s), times %s, rounded up to a multiple of %s s",
                slowest, slowestWhere, plain(limits.timeMultipliers().acToTimeLimit()), plain(limits.timeResolution()));
        if (!leftOut.isEmpty()) {
            how += "; left out: " + String.join(", ", leftOut);
        }
        return new Outcome.Limit(computed.derivedAs(how));
    }

    private static String fault(Verdict v, double generousSec) {
        String where = v.tests().stream().filter(t -> t.status().failed()).findFirst()
                .map(t -> " on " + testName(t)).orElse("");
        String what = v.status() == Status.TIME_LIMIT_EXCEEDED
                ? "took longer than " + plain(generousSec) + " s" + where
                : "got " + v.status() + where;
        return "is an accepted submission but " + what
                + " when judged to compute the problem's time limit (the package sets none)";
    }

    /** A problem's test is named by its path under {@code data/}. */
    private static String testName(TestResult t) {
        return t.group() != null ? t.group() : "test " + (t.index() + 1);
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
