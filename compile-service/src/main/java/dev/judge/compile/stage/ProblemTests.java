package dev.judge.compile.stage;

import dev.judge.model.RunLimits;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.ValidSubmission;
import dev.judge.model.ValidatorProgram;
import dev.judge.problems.TestCase;
import dev.judge.problems.Validation;
import dev.judge.state.ProblemDocument;
import dev.judge.state.ProblemStore;
import java.util.ArrayList;
import java.util.List;

/**
 * What a submission judged on a problem runs: the package's test cases in the specification's order
 * (samples first), by content, and the problem's limits. The package's time and memory limits take
 * precedence over the language's defaults and caps, within the engine's ceilings; what the
 * submission asks for itself takes precedence over the package.
 */
final class ProblemTests {

    /** The most any problem gives: CPU seconds and memory. */
    static final double CEILING_CPU_SEC = 60;
    static final long CEILING_MEMORY_KB = 4L << 20;

    /** The plan, or why there is none. */
    record Plan(RunLimits limits, List<TestCaseScheduled.ProblemTest> tests, ValidatorProgram validator, String refusal) {
        static Plan refused(String why) {
            return new Plan(null, List.of(), null, why);
        }
    }

    private ProblemTests() {
    }

    /**
     * @param requestedCpu whether the submission set its CPU limit itself
     * @param requestedMemory whether it set its memory limit
     */
    static Plan plan(ValidSubmission s, ProblemStore.Stored stored, boolean requestedCpu, boolean requestedMemory) {
        Validation.Kind validation = stored.problem().validation().kind();
        ValidatorProgram validator = null;
        if (validation.custom()) {
            if (stored.validator().isEmpty() || stored.problem().outputValidator().isEmpty()) {
                return Plan.refused("problem '" + stored.id() + "' is judged by its own output validator ("
                        + ProblemDocument.of(stored).validation() + "), but its version " + stored.version() + " has none built");
            }
            validator = ProblemValidators.program(stored, stored.validator().get());
            if (validator == null) {
                return Plan.refused("problem '" + stored.id() + "': its validator's language '"
                        + stored.validator().get().language() + "' is not one this judge has");
            }
        }
        List<TestCase> cases = stored.problem().testCases();
        if (cases.isEmpty()) {
            return Plan.refused("problem '" + stored.id() + "' has no test cases to run");
        }
        RunLimits l = s.limits();
        double cpu = requestedCpu ? l.cpuTimeSec() : Math.min(CEILING_CPU_SEC, stored.problem().limits().timeLimit().seconds());
        long memory = requestedMemory ? l.memoryKb() : Math.min(CEILING_MEMORY_KB, ProblemDocument.memoryKb(stored));
        RunLimits limits = new RunLimits(cpu, l.cpuExtraTimeSec(), Math.max(l.wallTimeSec(), 2 * cpu + 1), memory,
                Math.max(l.stackKb(), Math.min(memory, 262_144)), l.maxProcesses(), l.outputLimitKb());
        List<TestCaseScheduled.ProblemTest> tests = new ArrayList<>();
        for (TestCase c : cases) {
            // A test case's flags are its group's (the problem's validator_flags first), as read at import.
            tests.add(new TestCaseScheduled.ProblemTest(stored.id(), stored.version(), c.name(), c.input().sha256(),
                    c.input().size(), c.answer().sha256(), c.answer().size(), c.outputValidatorFlags()));
        }
        return new Plan(limits, tests, validator, null);
    }
}
