package dev.judge.api.callback;

import dev.judge.threads.DaemonThreads;
import dev.judge.state.CallbackQueue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due callbacks: Judge0's PUT with the submission as JSON, retried with exponential
 * back-off; every failure is logged and counted, a callback given up is logged as such.
 * Callbacks go out concurrently from a bounded pool, at most {@link #PER_HOST} at a time to one
 * target (host and port), so a slow or dead target delays only its own callbacks. A request connects only to the
 * addresses {@link CallbackTargets} approved when it resolved the host for that request.
 */
public final class CallbackSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CallbackSender.class);
    private static final long LEASE_MS = 60_000;
    static final int PER_HOST = 2;
    private static final long BUSY_HOST_DELAY_MS = 200;

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
    private final Supplier<Long> clock;
    private final CloseableHttpClient http;
    private final ExecutorService senders;
    private final int concurrency;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, Semaphore> perHost = new ConcurrentHashMap<>();

    public CallbackSender(CallbackQueue queue, CallbackTargets targets, Function<String, Optional<Callback>> callbacks,
            Outcomes outcomes, int maxAttempts, Duration timeout, int concurrency, Supplier<Long> clock) {
        this.queue = queue;
        this.targets = targets;
        this.callbacks = callbacks;
        this.outcomes = outcomes;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
        this.concurrency = concurrency;
        this.senders = Executors.newFixedThreadPool(concurrency, DaemonThreads.named("callback-sender"));
        Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
        DnsResolver checkedResolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws java.net.UnknownHostException {
                return targets.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checkedResolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                        .setMaxConnTotal(concurrency).setMaxConnPerRoute(PER_HOST).build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).setResponseTimeout(t).build())
                .disableAutomaticRetries()
                .build();
    }

    /** Leases as many due callbacks as there are free senders and starts them; never blocks on a target. */
    public void sendDue() {
        int free = concurrency - inFlight.get();
        if (free <= 0) {
            return;
        }
        List<String> due = queue.lease(clock.get(), free, LEASE_MS);
        for (String token : due) {
            Optional<Callback> callback = callbacks.apply(token);
            if (callback.isEmpty()) {
                queue.done(token);
                continue;
            }
            String host = targetOf(callback.get().url());
            Semaphore slots = perHost.computeIfAbsent(host, h -> new Semaphore(PER_HOST));
            if (!slots.tryAcquire()) {
                queue.retryAt(token, clock.get() + BUSY_HOST_DELAY_MS);   // its host is busy: later, not counted
                continue;
            }
            inFlight.incrementAndGet();
            senders.execute(() -> {
                try {
                    send(token, callback.get());
                } finally {
                    slots.release();
                    inFlight.decrementAndGet();
                }
            });
        }
    }

    /** A target is a host and port: each gets its own share of the senders. */
    private static String targetOf(String url) {
        try {
            URI uri = URI.create(url);
            return (uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT)) + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void send(String token, Callback callback) {
        String problem = attempt(callback);
        if (problem == null) {
            queue.done(token);
            outcomes.delivered();
            return;
        }
        long attempts = queue.attempt(token);
        boolean givenUp = attempts >= maxAttempts;
        outcomes.failed(givenUp);
        if (givenUp) {
            log.error("Callback of {} to {} given up after {} attempts: {}", token, callback.url(), attempts, problem);
            queue.done(token);
        } else {
            long backoff = Math.min(60_000, 500L << Math.min(attempts, 7));
            log.warn("Callback of {} to {} failed (attempt {}), retrying in {} ms: {}", token, callback.url(), attempts,
                    backoff, problem);
            queue.retryAt(token, clock.get() + backoff);
        }
    }

    /** Null when delivered, else what went wrong. */
    private String attempt(Callback callback) {
        List<String> problems = targets.problems(callback.url());
        if (!problems.isEmpty()) {
            return "refused target: " + String.join("; ", problems);
        }
        HttpPut put = new HttpPut(callback.url());
        put.setEntity(new StringEntity(callback.json(), ContentType.APPLICATION_JSON));
        try {
            int status = http.execute(put, response -> response.getCode());
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (CallbackTargets.RefusedTargetException e) {
            return "refused target: " + e.getMessage();
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws IOException {
        senders.shutdownNow();
        http.close();
    }
}
