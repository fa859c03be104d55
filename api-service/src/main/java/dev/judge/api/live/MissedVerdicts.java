package dev.judge.api.live;

import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionViews;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verdicts a watcher may have missed: a broadcast on the progress channel is fire and forget, and
 * one published while Redis fails over (or while this instance's subscription is being made
 * again) reaches nobody. So the submissions watched here are looked up in the stored state now and
 * then, and a verdict found there is delivered as if it had been broadcast; a watcher that already
 * has it ignores it. A wait is thus answered within one period of its verdict, broadcast or not.
 */
final class MissedVerdicts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MissedVerdicts.class);

    private final ScheduledFuture<?> task;

    MissedVerdicts(Watchers watchers, SubmissionViews views, ScheduledExecutorService timer, long periodSeconds) {
        this.task = timer.scheduleWithFixedDelay(() -> {
            try {
                deliverStored(watchers, views);
            } catch (RuntimeException e) {
                log.debug("Looking up the watched submissions' verdicts failed: {}", e.getMessage());
            }
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    /** Delivers every watched submission's stored verdict. */
    static void deliverStored(Watchers watchers, SubmissionViews views) {
        for (String id : watchers.ids()) {
            views.verdict(id).ifPresent(v -> watchers.deliver(new ProgressEvent.VerdictReady(v)));
        }
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
