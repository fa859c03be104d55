package dev.judge.run.javawarm;

import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code javaStartup} health contributor: always UP (starting plain is slower, not broken),
 * with the start-up in use ({@code AOT}, {@code CDS} or {@code PLAIN}), the JDK and the last warm-up.
 */
public final class JavaStartupHealthIndicator implements HealthIndicator {

    private final JavaStartup startup;
    private final JavaWarmup warmup;

    public JavaStartupHealthIndicator(JavaStartup startup, JavaWarmup warmup) {
        this.startup = startup;
        this.warmup = warmup;
    }

    @Override
    public Health health() {
        long last = warmup.lastJavaWarmup();
        return Health.up().withDetail("mode", startup.current().mode().name()).withDetail("javaHome", startup.javaHome())
                .withDetail("lastWarmup", last == 0 ? "never" : Instant.ofEpochMilli(last).toString())
                .withDetail("warmups", warmup.warmups()).build();
    }
}
