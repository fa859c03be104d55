package dev.judge.api.live;

import dev.judge.model.Verdict;
import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionViews;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Waits for a verdict without polling and without holding a thread: the waiter registers for the
 * broadcast first, then looks at the stored state (the verdict may already be there); the future
 * completes on the broadcast or, at the time-out, with whatever is stored then. Works whichever
 * result-service instance aggregated the submission and whichever api-service instance took it.
 * Completions run on the API's own executor, never on the thread that delivers the broadcast.
 * A wait answers with the verdict of the broadcast it received; only a verdict that was there
 * before the waiter registered is read from the store.
 */
public final class VerdictWaiter {

    private final Watchers watchers;
    private final SubmissionViews store;
    private final Executor work;
    private final Admission waits;
    private final Duration timeout;

    /**
     * @param waits the cap on waits, per client and in all
     * @param timeout how long a {@code wait=true} request waits before it answers with the state in flight
     */
    public VerdictWaiter(Watchers watchers, SubmissionViews store, Executor work, Admission waits, Duration timeout) {
        this.watchers = watchers;
        this.store = store;
        this.work = work;
        this.waits = waits;
        this.timeout = timeout;
    }

    /**
     * A {@code wait=true} request of either API: takes one of the client's places among the waits
     * (429 or 503 beyond the caps), sends the submission and waits for its verdict; the place is
     * given back when the wait ends, or at once when sending failed.
     *
     * @param send sends the submission and returns what was sent
     * @param id the submission id of what was sent
     */
    public <S> CompletableFuture<Waited<S>> submitAndAwait(String client, Supplier<S> send, Function<S, String> id) {
        Admission.Ticket ticket = waits.enter(client);
        S sent;
        try {
            sent = send.get();
        } catch (RuntimeException e) {
            ticket.close();
            throw e;
        }
        return await(id.apply(sent), timeout).whenComplete((v, e) -> ticket.close())
                .thenApply(verdict -> new Waited<>(sent, verdict));
    }

    /** What a wait sent and the verdict it received, or empty when it timed out first. */
    public record Waited<S>(S sent, Optional<Verdict> verdict) {
    }

    public CompletableFuture<Optional<Verdict>> await(String id, Duration timeout) {
        CompletableFuture<Optional<Verdict>> ready = new CompletableFuture<>();
        AutoCloseable watch = watchers.watch(id, e -> {
            if (e instanceof ProgressEvent.VerdictReady v) {
                ready.complete(Optional.of(v.verdict()));
            }
        });
        ready.whenComplete((v, failure) -> closeQuietly(watch));
        work.execute(() -> {
            try {
                store.verdict(id).ifPresent(v -> ready.complete(Optional.of(v)));
            } catch (RuntimeException e) {
                ready.completeExceptionally(e);
            }
        });
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS, work).execute(() -> {
            if (!ready.isDone()) {
                try {
                    ready.complete(store.verdict(id));
                } catch (RuntimeException e) {
                    ready.completeExceptionally(e);
                }
            }
        });
        return ready.thenApplyAsync(v -> v, work);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // nothing to release
        }
    }
}
