package dev.judge.api.live;

import dev.judge.model.Verdict;
import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a verdict without polling and without holding a thread: the waiter registers for the
 * broadcast first, then looks at the stored state (the verdict may already be there); the future
 * completes on the broadcast or, at the time-out, with whatever is stored then. Works whichever
 * result-service instance aggregated the submission and whichever api-service instance took it.
 * Completions run on the API's own executor, never on the thread that delivers the broadcast.
 */
public final class VerdictWaiter {

    private final Watchers watchers;
    private final SubmissionStore store;
    private final Executor work;

    public VerdictWaiter(Watchers watchers, SubmissionStore store, Executor work) {
        this.watchers = watchers;
        this.store = store;
        this.work = work;
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
