package dev.judge.state;

import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.UUID;

/** The submission stores' tests share one set of connections to the test-jar's real Redis, closed with the JVM. */
final class TestRedis {

    static final Duration TTL = Duration.ofMinutes(5);
    static final RedisConnections CONNECTIONS = new RedisConnections(RedisServer.shared().uri());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(CONNECTIONS::close));
    }

    private TestRedis() {
    }

    /** A submission id no other test uses. */
    static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static SubmissionIds ids() {
        return new SubmissionIds(CONNECTIONS.text(), TTL);
    }

    static SubmissionTransitions transitions() {
        return new SubmissionTransitions(CONNECTIONS.text(), TTL);
    }

    static SubmissionViews views() {
        return new SubmissionViews(CONNECTIONS.text());
    }
}
