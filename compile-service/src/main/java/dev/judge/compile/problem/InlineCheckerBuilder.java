package dev.judge.compile.problem;

import dev.judge.compile.stage.CheckerBuilder;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.RunLimits;
import dev.judge.model.ValidSubmission;
import dev.judge.model.ValidatorProgram;
import java.time.Duration;

/**
 * A submission's own checker or interactor, built like a package's validator (once per language,
 * toolchain and files; the artifact expires with the submission's), run with its language's default
 * limits raised to at least {@link #MIN_CPU_SEC} of CPU and {@link #MIN_MEMORY_KB} of memory, and
 * an output limit of {@link #OUTPUT_KB}.
 */
public final class InlineCheckerBuilder implements CheckerBuilder {

    static final double MIN_CPU_SEC = 10;
    static final long MIN_MEMORY_KB = 512 * 1024;
    static final long OUTPUT_KB = 8 * 1024;

    private final ValidatorBuilder validators;

    public InlineCheckerBuilder(ValidatorBuilder validators) {
        this.validators = validators;
    }

    @Override
    public Built build(ValidSubmission.Checker checker, Duration ttl) throws InterruptedException {
        String field = checker.interactive() ? "interactor" : "checker";
        ValidatorBuilder.Result result = validators.build(checker.language(), checker.source(), checker.files(), ttl);
        if (result instanceof ValidatorBuilder.Result.Failed failed) {
            return Built.refused(field + ": " + failed.message());
        }
        String key = ((ValidatorBuilder.Result.Built) result).validator().artifactKey();
        RunLimits d = LanguageCatalog.defaults().entry(checker.language()).defaults();
        double cpu = Math.max(MIN_CPU_SEC, d.cpuTimeSec());
        long memory = Math.max(MIN_MEMORY_KB, d.memoryKb());
        RunLimits limits = new RunLimits(cpu, 0.5, 2 * cpu + 5, memory, Math.min(memory, 262_144), d.maxProcesses(), OUTPUT_KB);
        return new Built(new ValidatorProgram(checker.kind(), checker.language(), key, limits, checker.interactive(), 1), null);
    }
}
