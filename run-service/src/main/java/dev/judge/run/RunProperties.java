package dev.judge.run;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * run-service's settings ({@code judge.run.*}).
 *
 * @param sandbox the launcher and this instance's boxes
 * @param localCacheBytes how many bytes of artifacts this instance keeps in memory
 * @param keptOutputBytesPerSubmission full outputs kept in Redis per submission, over all its tests
 *     and both streams; beyond it they are cut and marked
 */
@Validated
@ConfigurationProperties("judge.run")
public record RunProperties(
        @Valid @NotNull Sandbox sandbox,
        @Min(0) long localCacheBytes,
        @Min(1024) long keptOutputBytesPerSubmission) {

    /** Where the launcher is and which boxes this instance may claim. */
    public record Sandbox(@NotNull Path binary, @NotNull Path lockDirectory, @Min(0) int firstBoxId,
            @Min(1) int lastBoxId, @Min(1) int boxes) {
    }
}
