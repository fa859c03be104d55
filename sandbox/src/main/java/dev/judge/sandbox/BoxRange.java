package dev.judge.sandbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where a service's launcher is and which boxes it may claim, as both stages that run code set it
 * ({@code judge.compile.sandbox}, {@code judge.run.sandbox}).
 *
 * @param binary the launcher (judgebox, or the official isolate)
 * @param lockDirectory where the instances of a host claim boxes
 * @param firstBoxId the first box id this instance may claim
 * @param lastBoxId the last
 * @param boxes how many boxes the instance uses at once
 */
public record BoxRange(@NotNull Path binary, @NotNull Path lockDirectory, @Min(0) int firstBoxId, @Min(1) int lastBoxId,
        @Min(1) int boxes) {

    /** The pool settings for {@code poolSize} boxes of this range, capturing up to {@code captureBytes} of output. */
    public SandboxSettings settings(int poolSize, int captureBytes) {
        return new SandboxSettings(binary.toAbsolutePath(), lockDirectory, firstBoxId, lastBoxId, poolSize, true, captureBytes,
                Duration.ofSeconds(10));
    }
}
