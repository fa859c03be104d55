package dev.judge.api.live;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps what one kind of long-lived request (waits, event streams) may hold: so many per client
 * address ({@code ClientAddress}: the peer's, or behind trusted proxies the one they forward), so
 * many in all. Beyond the first a client gets 429, beyond the second 503; the rest of the API
 * keeps answering either way.
 */
public final class Admission {

    private final String what;
    private final int perClient;
    private final int total;
    private final AtomicInteger inUse = new AtomicInteger();
    private final Map<String, AtomicInteger> byClient = new ConcurrentHashMap<>();

    public Admission(String what, int perClient, int total) {
        this.what = what;
        this.perClient = perClient;
        this.total = total;
    }

    /** A place taken; give it back exactly once with {@link Ticket#close()}. */
    public final class Ticket implements AutoCloseable {
        private final String client;
        private final AtomicInteger taken = new AtomicInteger(1);

        private Ticket(String client) {
            this.client = client;
        }

        @Override
        public void close() {
            if (taken.getAndSet(0) == 1) {
                inUse.decrementAndGet();
                byClient.computeIfPresent(client, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        }
    }

    /** @throws LimitExceededException when the client or the service holds as many as allowed */
    public Ticket enter(String client) {
        if (inUse.incrementAndGet() > total) {
            inUse.decrementAndGet();
            throw new LimitExceededException(false, "the service holds " + total + " " + what + "; retry later");
        }
        AtomicInteger mine = byClient.computeIfAbsent(client, k -> new AtomicInteger());
        if (mine.incrementAndGet() > perClient) {
            mine.decrementAndGet();
            inUse.decrementAndGet();
            throw new LimitExceededException(true, "at most " + perClient + " " + what + " per client; close some first");
        }
        return new Ticket(client);
    }

    public int inUse() {
        return inUse.get();
    }

    /** Too many waits or streams: {@code perClient} is 429, otherwise 503. */
    public static final class LimitExceededException extends RuntimeException {
        private final boolean perClient;

        LimitExceededException(boolean perClient, String message) {
            super(message);
            this.perClient = perClient;
        }

        public boolean perClient() {
            return perClient;
        }

        /** The answer's status (429 for this client, 503 for the service) and when to retry. */
        public ResponseEntity.BodyBuilder answer(int retryAfterSeconds) {
            return ResponseEntity.status(perClient ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
    }
}
