package dev.judge.state;

import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a Redis call that failed, with exponential back-off: a lost connection, a timeout, a
 * Redis that is loading or full (OOM under {@code noeviction}) usually passes within seconds, and
 * a test that already ran should not become an INTERNAL_ERROR because of it. The last attempt's
 * failure is thrown.
 */
public final class RedisRetry {

    private static final Logger log = LoggerFactory.getLogger(RedisRetry.class);

    private final int attempts;
    private final Duration firstDelay;
    private final Duration maxDelay;

    public RedisRetry(int attempts, Duration firstDelay, Duration maxDelay) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        this.attempts = attempts;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** Eight attempts over about seven seconds. */
    public static RedisRetry standard() {
        return new RedisRetry(8, Duration.ofMillis(100), Duration.ofSeconds(2));
    }

    public <T> T call(String what, Supplier<T> call) {
        long delay = firstDelay.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (RedisCommandInterruptedException e) {
                throw e;
            } catch (RedisException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                log.warn("Redis failed to {} (attempt {} of {}), retrying in {} ms: {}", what, attempt, attempts, delay,
                        e.getMessage());
                sleep(delay);
                delay = Math.min(delay * 2, maxDelay.toMillis());
            }
        }
    }

    public void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisCommandInterruptedException(e);
        }
    }
}
