package dev.judge.compile;

import dev.judge.compile.build.CompileLimits;
import dev.judge.model.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * compile-service's settings ({@code judge.compile.*}).
 *
 * @param sandbox the sandbox launcher and this instance's boxes
 * @param limits limits of one compilation by language wire name, where an operator overrides the
 *     profile's {@code compile.limits} (separate from run limits)
 * @param compileOutputBytes how much compiler output a COMPILATION_ERROR carries
 * @param chunkWorkSec expected work (tests × CPU limit) one record on {@code judge.runs} carries;
 *     a submission with more is split over several, so several run-service instances share it
 * @param artifactTtl how long artifacts stay in Redis, per language wire name ({@code default} for the rest)
 * @param memoryGuard when and how far the Redis memory guard gives up artifacts
 * @param pchDirectory where precompiled headers are kept, one directory per toolchain and flags
 * @param javaServer the warm Java compile server
 * @param computedTimeLimit how a problem package without a time limit gets one
 * @param problemData how test data no problem refers to any more is collected
 */
@Validated
@ConfigurationProperties("judge.compile")
public record CompileProperties(
        @Valid @NotNull dev.judge.sandbox.BoxRange sandbox,
        Map<String, @Valid Limits> limits,
        @Min(1024) int compileOutputBytes,
        @Positive double chunkWorkSec,
        @NotNull Map<String, Duration> artifactTtl,
        @Valid @NotNull MemoryGuard memoryGuard,
        @NotNull Path pchDirectory,
        @Valid @NotNull JavaServer javaServer,
        @Valid @NotNull ComputedTimeLimit computedTimeLimit,
        @Valid @NotNull ProblemData problemData) {

    /**
     * Test data no kept problem version names is removed every {@code interval} once it was not
     * stored (or stored again by an import) for {@code grace}, which must outlast any import.
     */
    public record ProblemData(@NotNull Duration interval, @NotNull Duration grace) {
    }

    /**
     * A time limit computed at import for packages that set none: their accepted submissions judged with
     * {@code generousSec} per test, the import waiting up to {@code deadline} for the verdicts (it keeps
     * the default limit, saying so, when none came).
     */
    public record ComputedTimeLimit(boolean enabled, @Positive double generousSec, @NotNull Duration deadline) {
    }


    /**
     * The Redis memory guard: every {@code interval}, above {@code high} of maxmemory, evict least
     * recently used artifacts (idle for at least {@code minIdle}) until under {@code low}.
     */
    public record MemoryGuard(@NotNull Duration interval, @Positive double high, @Positive double low,
            @NotNull Duration minIdle) {
    }

    /**
     * The warm Java compile server: whether it runs, where its jar is written, its box's memory,
     * and the warm-up (a compile every {@code warmupPeriod} when none went through for {@code warmupStaleAfter}).
     */
    public record JavaServer(boolean enabled, @NotNull Path jarDirectory, @Positive long memoryKb,
            @NotNull Duration warmupStaleAfter, @NotNull Duration warmupPeriod) {
    }

    /** Limits of one compilation. */
    public record Limits(@Positive double cpuTimeSec, @Positive double wallTimeSec, @Positive long memoryKb,
            @Min(1) int processes, @Positive long outputKb) {
    }

    public CompileProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
        for (String name : limits.keySet()) {
            if (Language.fromWireName(name).isEmpty()) {
                throw new IllegalArgumentException("judge.compile.limits." + name + ": no such language");
            }
        }
    }

    /** Every language's compile limits: its entry here, or its profile's {@code compile.limits}. */
    public CompileLimits compileLimits() {
        Map<Language, dev.judge.sandbox.Limits> map = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            Limits l = limits.get(language.wireName());
            map.put(language, l != null
                    ? new dev.judge.sandbox.Limits(l.cpuTimeSec(), 0, l.wallTimeSec(), l.memoryKb(), 0, 0, l.processes(),
                            l.outputKb(), 256)
                    : CompileLimits.declared(language));
        }
        return new CompileLimits(map);
    }

    /** The longest time any artifact lives without a use. */
    public Duration longestArtifactTtl() {
        return artifactTtl.values().stream().max(Duration::compareTo).orElse(Duration.ofMinutes(30));
    }

    public Duration artifactTtl(String language) {
        return artifactTtl.getOrDefault(language, artifactTtl.getOrDefault("default", Duration.ofMinutes(30)));
    }
}
