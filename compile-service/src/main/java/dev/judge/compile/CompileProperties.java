package dev.judge.compile;

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
 * @param limits limits of one compilation (separate from run limits)
 * @param compileOutputBytes how much compiler output a COMPILATION_ERROR carries
 * @param chunkWorkSec expected work (tests × CPU limit) one record on {@code judge.runs} carries;
 *     a submission with more is split over several, so several run-service instances share it
 * @param artifactTtl how long artifacts stay in Redis, per language wire name ({@code default} for the rest)
 */
@Validated
@ConfigurationProperties("judge.compile")
public record CompileProperties(
        @Valid @NotNull Sandbox sandbox,
        @Valid @NotNull Limits limits,
        @Min(1024) int compileOutputBytes,
        @Positive double chunkWorkSec,
        @NotNull Map<String, Duration> artifactTtl) {

    /** Where the launcher is and which boxes this instance may claim. */
    public record Sandbox(@NotNull Path binary, @NotNull Path lockDirectory, @Min(0) int firstBoxId,
            @Min(1) int lastBoxId, @Min(1) int boxes) {
    }

    /** Limits of one compilation. */
    public record Limits(double cpuTimeSec, double wallTimeSec, long memoryKb, int processes, long outputKb) {
    }

    public Duration artifactTtl(String language) {
        return artifactTtl.getOrDefault(language, artifactTtl.getOrDefault("default", Duration.ofMinutes(30)));
    }
}
