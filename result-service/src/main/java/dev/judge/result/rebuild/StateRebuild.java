package dev.judge.result.rebuild;

import dev.judge.result.aggregate.ProgressSink;
import dev.judge.state.ProgressEvent;
import dev.judge.state.StateEpoch;
import dev.judge.state.SubmissionTransitions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the verdicts back into Redis after Redis was restarted. {@code judge.verdicts} holds every
 * verdict given; Redis holds each submission's state for the HTTP API. When Redis comes back
 * without its data, or with an append-only file that missed its last writes, verdicts already
 * given are gone from it (a client would get 404, or see RUNNING for ever). Once per Redis process
 * (of each primary on a cluster, a promoted replica included: {@link StateEpoch}), one
 * result-service instance reads the verdicts published within the state's
 * time to live and restores each whose state has none, announcing it on the progress channel for
 * clients that wait. Then the submissions still without a verdict get the results Redis lost
 * from {@code judge.outcomes} ({@link OutcomeReplay}); the events that follow do the rest.
 */
public final class StateRebuild {

    private static final Logger log = LoggerFactory.getLogger(StateRebuild.class);

    private final StateEpoch epoch;
    private final SubmissionTransitions store;
    private final PublishedVerdicts verdicts;
    private final ProgressSink progress;
    private final OutcomeReplay inFlight;
    private final Duration ttl;
    private final LongSupplier clock;

    public StateRebuild(StateEpoch epoch, SubmissionTransitions store, PublishedVerdicts verdicts, ProgressSink progress,
            OutcomeReplay inFlight, Duration ttl, LongSupplier clock) {
        this.epoch = epoch;
        this.store = store;
        this.verdicts = verdicts;
        this.progress = progress;
        this.inFlight = inFlight;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * Rebuilds if this Redis process's data was not rebuilt yet; returns the verdicts restored
     * (not counting those the replay of {@code judge.outcomes} gave).
     */
    public int rebuildIfNeeded() {
        Optional<StateEpoch.Claim> claim = epoch.claimRebuild();
        if (claim.isEmpty()) {
            return 0;
        }
        long now = clock.getAsLong();
        AtomicInteger restored = new AtomicInteger();
        OutcomeReplay.Replayed replayed;
        try {
            verdicts.readSince(now - ttl.toMillis(), (verdict, publishedAtMs) -> {
                if (store.restoreVerdict(verdict, publishedAtMs, now)) {
                    restored.incrementAndGet();
                    progress.publish(new ProgressEvent.VerdictReady(verdict));
                }
            });
            replayed = inFlight.replaySince(now - ttl.toMillis());
        } catch (RuntimeException e) {
            epoch.abandon(claim.get());
            throw e;
        }
        if (restored.get() > 0) {
            log.warn("Redis ({}) had lost {} verdicts; restored them from judge.verdicts", claim.get().markers(), restored.get());
        }
        if (replayed.events() > 0) {
            log.warn("Redis ({}): {} events of submissions without a verdict replayed from judge.outcomes, {} verdicts"
                    + " given by them", claim.get().markers(), replayed.events(), replayed.verdicts());
        }
        return restored.get();
    }
}
