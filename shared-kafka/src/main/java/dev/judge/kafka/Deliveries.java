package dev.judge.kafka;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * What the records of one poll published, waited for once at the end of the poll instead of
 * after every record. A stage hands each send here with what must happen only once the broker
 * has acknowledged it (mark a submission dispatched, save a verdict); {@link #settle} waits for
 * the sends in record order and runs those steps on the listener thread. The poll's offsets are
 * committed only after settle returned, so a record whose sends failed is delivered again.
 * Plain Java: the stages that use it stay free of Kafka.
 */
public final class Deliveries {

    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> claimed = new HashSet<>();
    private int current;

    private record Pending(int position, CompletableFuture<?> sent, Runnable then) {
    }

    /** One per poll, made by {@link PollHandling}; outside a listener, use {@link #settled}. */
    Deliveries() {
    }

    /**
     * Runs {@code work} as the only record of a poll and settles it: for callers outside a
     * listener.
     *
     * @throws IllegalStateException when a send or its follow-up failed
     */
    public static void settled(Consumer<Deliveries> work) {
        Deliveries deliveries = new Deliveries();
        work.accept(deliveries);
        Failure failure = deliveries.settle(1);
        if (failure != null) {
            throw new IllegalStateException("publishing failed: " + failure.cause().getMessage(), failure.cause());
        }
    }

    /** The record being handled now, by its position in the poll. */
    void begin(int position) {
        current = position;
    }

    /** Records a send of the current record, with nothing to do after it. */
    public void add(CompletableFuture<?> sent) {
        add(sent, () -> { });
    }

    /** Records a send of the current record; {@code then} runs once it is acknowledged. */
    public void add(CompletableFuture<?> sent, Runnable then) {
        pending.add(new Pending(current, sent, then));
    }

    /**
     * True the first time a key is claimed in this poll: what the poll already published for a
     * key is not yet visible in the stage's state until {@link #settle}, so the stage asks here
     * before publishing for the same key twice.
     */
    public boolean claim(String key) {
        return claimed.add(key);
    }

    /**
     * Waits for the sends of the records before {@code end} and runs the follow-up of each one
     * that was acknowledged; a record whose send or follow-up failed gets no further follow-ups.
     *
     * @return the first record (by position) that failed, or null when all were delivered
     */
    Failure settle(int end) {
        Failure first = null;
        int lastFailed = -1;   // one record's sends are consecutive: its later ones are skipped after a failure
        for (Pending p : pending) {
            if (p.position() >= end || p.position() == lastFailed) {
                continue;
            }
            Throwable cause = null;
            try {
                p.sent().get();
                p.then().run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cause = e;
            } catch (ExecutionException e) {
                cause = e.getCause();
            } catch (RuntimeException e) {
                cause = e;
            }
            if (cause != null) {
                lastFailed = p.position();
                if (first == null || p.position() < first.position()) {
                    first = new Failure(p.position(), cause);
                }
                if (Thread.currentThread().isInterrupted()) {
                    return first;
                }
            }
        }
        return first;
    }

    /** The first record of the poll whose delivery failed, and why. */
    record Failure(int position, Throwable cause) {
    }
}
