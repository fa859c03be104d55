package dev.judge.result;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * result-service's settings ({@code judge.result.*}); where the state lives is {@code judge.state.*}.
 *
 * @param partitions partitions of the topics this service creates
 */
@Validated
@ConfigurationProperties("judge.result")
public record ResultProperties(@Min(1) int partitions) {
}
