package dev.judge.compile.javawarm;

import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code javaCompileServer} health contributor: always UP (plain javac is slower, not broken),
 * saying which path Java compiles take now ({@code server} or {@code plain}), with restarts,
 * compiles and the last use.
 */
public final class JavaCompileServerHealthIndicator implements HealthIndicator {

    private final JavaCompileServer server;

    public JavaCompileServerHealthIndicator(JavaCompileServer server) {
        this.server = server;
    }

    @Override
    public Health health() {
        long last = server.lastUse();
        return Health.up().withDetail("mode", server.ready() ? "server" : "plain").withDetail("restarts", server.restarts())
                .withDetail("compiles", server.compiles()).withDetail("warmups", server.warmups())
                .withDetail("lastUse", last == 0 ? "never" : Instant.ofEpochMilli(last).toString()).build();
    }
}
