package dev.judge.compile.stage;

import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.RunLimits;
import dev.judge.model.ValidatorProgram;
import dev.judge.problems.Limits;
import dev.judge.problems.OutputValidator;
import dev.judge.problems.Validation;
import dev.judge.state.ProblemStore;

/**
 * The output validator a problem's test cases are judged by, as run-service runs it: its artifact,
 * its calling convention, and its own limits from the package ({@code validation_time},
 * {@code validation_memory}, {@code validation_output}), within the engine's ceilings. Where the
 * package leaves a limit out, the specification's defaults apply (60 s, 2 GiB, 8 MiB).
 */
final class ProblemValidators {

    static final int DEFAULT_TIME_SEC = 60;
    static final int DEFAULT_MEMORY_MIB = 2048;
    static final int DEFAULT_OUTPUT_MIB = 8;

    private ProblemValidators() {
    }

    /** The validator's program, or null when its language is not one this judge declares. */
    static ValidatorProgram program(ProblemStore.Stored stored, ProblemStore.BuiltValidator built) {
        Language language = Language.fromWireName(built.language()).orElse(null);
        if (language == null) {
            return null;
        }
        Limits l = stored.problem().limits();
        double cpu = Math.min(ProblemTests.CEILING_CPU_SEC, l.validationTimeSec().orElse(DEFAULT_TIME_SEC));
        long memoryKb = Math.min(ProblemTests.CEILING_MEMORY_KB, (long) l.validationMemoryMib().orElse(DEFAULT_MEMORY_MIB) * 1024);
        long outputKb = (long) l.validationOutputMib().orElse(DEFAULT_OUTPUT_MIB) * 1024;
        RunLimits defaults = LanguageCatalog.defaults().entry(language).defaults();
        RunLimits limits = new RunLimits(cpu, 0.5, 2 * cpu + 5, memoryKb, Math.min(memoryKb, 262_144),
                defaults.maxProcesses(), outputKb);
        OutputValidator.Kind kind = stored.problem().outputValidator().map(OutputValidator::kind).orElse(OutputValidator.Kind.KATTIS);
        Validation.Kind validation = stored.problem().validation().kind();
        return new ValidatorProgram(kind == OutputValidator.Kind.TESTLIB ? ValidatorProgram.Kind.TESTLIB : ValidatorProgram.Kind.KATTIS,
                language, built.artifactKey(), limits, validation.interactive(),
                validation.multiPass() ? l.validationPasses() : 1);
    }
}
