package dev.judge.result;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * result-service's settings ({@code judge.result.*}).
 *
 * @param redisUri where submission state lives
 * @param stateTtl how long a submission's state is kept (default 24 h)
 * @param partitions partitions of the topics this service creates
 */
@Validated
@ConfigurationProperties("judge.result")
public record ResultProperties(@NotBlank String redisUri, @NotNull Duration stateTtl, @Min(1) int partitions) {
}
