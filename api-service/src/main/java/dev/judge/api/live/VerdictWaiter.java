package dev.judge.api.live;

import dev.judge.model.Verdict;
import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a verdict without polling: the waiter registers for the broadcast first, then looks
 * at the stored state (the verdict may already be there), then sleeps until the broadcast or the
 * timeout. Works whichever result-service instance aggregated the submission, and whichever
 * api-service instance took it.
 */
public final class VerdictWaiter {

    private final Watchers watchers;
    private final SubmissionStore store;

    public VerdictWaiter(Watchers watchers, SubmissionStore store) {
        this.watchers = watchers;
        this.store = store;
    }

    public Optional<Verdict> await(String id, Duration timeout) throws InterruptedException {
        CompletableFuture<Verdict> ready = new CompletableFuture<>();
        try (AutoCloseable ignored = watchers.watch(id, e -> {
            if (e instanceof ProgressEvent.VerdictReady v) {
                ready.complete(v.verdict());
            }
        })) {
            Optional<Verdict> stored = store.verdict(id);
            if (stored.isPresent()) {
                return stored;
            }
            return Optional.of(ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return store.verdict(id);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
