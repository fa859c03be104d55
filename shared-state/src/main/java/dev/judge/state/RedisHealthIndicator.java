package dev.judge.state;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code redis} health contributor: DOWN when Redis does not answer a PING within two seconds
 * on the shared connection; the details show the bulk pool's connections in use and idle.
 */
public final class RedisHealthIndicator implements HealthIndicator {

    private final RedisConnections redis;

    public RedisHealthIndicator(RedisConnections redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        Health.Builder health;
        try {
            String pong = redis.textAsync().ping().get(2, TimeUnit.SECONDS);
            health = "PONG".equals(pong) ? Health.up() : Health.down().withDetail("ping", pong);
        } catch (Exception e) {
            health = Health.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return health.withDetail("bulkPoolActive", redis.poolActive()).withDetail("bulkPoolIdle", redis.poolIdle()).build();
    }
}
