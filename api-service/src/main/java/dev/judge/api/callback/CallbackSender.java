package dev.judge.api.callback;

import dev.judge.state.CallbackQueue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due callbacks: Judge0's PUT with the submission as JSON, retried with exponential
 * back-off; every failure is logged and counted, a callback given up is logged as such.
 */
public final class CallbackSender {

    private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);
    private static final long LEASE_MS = 60_000;

    /** What a callback needs: where it goes and what it says. */
    public record Callback(String url, String json) {
    }

    /** Counts what happened to callbacks. */
    public interface Outcomes {
        void delivered();

        void failed(boolean givenUp);
    }

    private final CallbackQueue queue;
    private final CallbackTargets targets;
    private final Function<String, Optional<Callback>> callbacks;
    private final Outcomes outcomes;
    private final int maxAttempts;
    private final HttpClient http;
    private final Duration timeout;
    private final Supplier<Long> clock;

    public CallbackSender(CallbackQueue queue, CallbackTargets targets, Function<String, Optional<Callback>> callbacks,
            Outcomes outcomes, int maxAttempts, Duration timeout, Supplier<Long> clock) {
        this.queue = queue;
        this.targets = targets;
        this.callbacks = callbacks;
        this.outcomes = outcomes;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void sendDue() {
        List<String> due = queue.lease(clock.get(), 20, LEASE_MS);
        for (String token : due) {
            Optional<Callback> callback = callbacks.apply(token);
            if (callback.isEmpty()) {
                queue.done(token);
                continue;
            }
            String problem = attempt(callback.get());
            if (problem == null) {
                queue.done(token);
                outcomes.delivered();
                continue;
            }
            long attempts = queue.attempt(token);
            boolean givenUp = attempts >= maxAttempts;
            outcomes.failed(givenUp);
            if (givenUp) {
                log.error("Callback of {} to {} given up after {} attempts: {}", token, callback.get().url(), attempts, problem);
                queue.done(token);
            } else {
                long backoff = Math.min(60_000, 500L << Math.min(attempts, 7));
                log.warn("Callback of {} to {} failed (attempt {}), retrying in {} ms: {}", token, callback.get().url(),
                        attempts, backoff, problem);
                queue.retryAt(token, clock.get() + backoff);
            }
        }
    }

    /** Null when delivered, else what went wrong. */
    private String attempt(Callback callback) {
        List<String> problems = targets.problems(callback.url());
        if (!problems.isEmpty()) {
            return "refused target: " + String.join("; ", problems);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(callback.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(callback.json())).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
