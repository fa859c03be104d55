package dev.judge.state;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the state lives ({@code judge.state.*}), the same for every service.
 *
 * @param redisUri the Redis server, with its password
 * @param ttl how long a submission's state, outputs and marks are kept (default 24 h)
 * @param bulkPool whether artifacts and full outputs travel over pooled connections of their own
 *     (true) or over the shared one (false; for measuring what the pool changes)
 */
@Validated
@ConfigurationProperties("judge.state")
public record StateProperties(@NotBlank String redisUri, @NotNull Duration ttl, @DefaultValue("true") boolean bulkPool) {
}
