package dev.judge.state;

import dev.judge.model.Json;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The outcome of each import request ({@code problem-import:<request>}, kept an hour), announced on
 * {@link StateKeys#PROBLEM_IMPORTS_CHANNEL} so the API instance that took the upload answers its
 * client as soon as compile-service has imported it.
 */
public final class ProblemImports {

    private static final Duration KEEP = Duration.ofHours(1);

    /**
     * What an import request gave.
     *
     * @param problem the imported problem's document, or null when refused
     * @param created whether the problem is new
     * @param problems what is wrong with the package, by file (empty when imported)
     */
    public record Report(ProblemDocument problem, boolean created, List<Issue> problems) {
        public Report {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }
    }

    /** One thing wrong with a package: the file and what. */
    public record Issue(String file, String message) {
    }

    private final RedisClusterCommands<String, String> redis;

    public ProblemImports(RedisClusterCommands<String, String> redis) {
        this.redis = redis;
    }

    /** Records a request's outcome and announces it. */
    public void report(String requestId, Report report) {
        redis.setex(StateKeys.problemImport(requestId), KEEP.toSeconds(), Json.mapper().writeValueAsString(report));
        redis.publish(StateKeys.PROBLEM_IMPORTS_CHANNEL, requestId);
    }

    public Optional<Report> outcome(String requestId) {
        String json = redis.get(StateKeys.problemImport(requestId));
        return json == null ? Optional.empty() : Optional.of(Json.mapper().readValue(json, Report.class));
    }

    /**
     * Waits for a request's outcome: subscribe first (call before the request is sent), then
     * {@link Wait#await}.
     */
    public static Wait waitFor(RedisConnections connections, ProblemImports imports, String requestId) {
        return new Wait(connections, imports, requestId);
    }

    /** A subscription to one request's announcement. */
    public static final class Wait implements AutoCloseable {
        private final StatefulRedisPubSubConnection<String, String> pubsub;
        private final ProblemImports imports;
        private final String requestId;
        private final CompletableFuture<Void> announced = new CompletableFuture<>();

        private Wait(RedisConnections connections, ProblemImports imports, String requestId) {
            this.imports = imports;
            this.requestId = requestId;
            this.pubsub = connections.pubSub();
            pubsub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    if (requestId.equals(message)) {
                        announced.complete(null);
                    }
                }
            });
            pubsub.sync().subscribe(StateKeys.PROBLEM_IMPORTS_CHANNEL);
        }

        /** The outcome, or empty when none came within {@code timeout}. */
        public Optional<Report> await(Duration timeout) throws InterruptedException {
            Optional<Report> already = imports.outcome(requestId);
            if (already.isPresent()) {
                return already;
            }
            try {
                announced.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return imports.outcome(requestId);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
            return imports.outcome(requestId);
        }

        @Override
        public void close() {
            pubsub.close();
        }
    }
}
