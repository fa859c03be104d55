package dev.judge.result.aggregate;

import dev.judge.model.PipelineEvent;
import dev.judge.model.Verdict;
import dev.judge.model.Status;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionProgress;
import dev.judge.state.SubmissionStore;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Applies the pipeline's events to submission state and publishes each verdict once it is
 * complete. Free of Spring and Kafka. Every event may arrive twice and in any order across
 * kinds (tests can finish before the compile event is seen): applying it again changes nothing.
 *
 * <p>A verdict is published without waiting: {@link #apply} returns a future that completes once
 * everything the event caused is safe (the broker acknowledged the verdict, then the verdict was
 * saved), and the caller commits the event only then. The verdict is saved only after the broker
 * has it, so a crash in between publishes it again rather than losing it; while a verdict is on
 * its way, the same submission's verdict is not published a second time.
 */
public final class VerdictAggregator {

    private final SubmissionStore store;
    private final VerdictSink sink;
    private final ResultObserver observer;
    private final ProgressSink progress;
    private final LongSupplier clock;
    private final Executor afterPublish;
    private final Set<String> publishing = ConcurrentHashMap.newKeySet();

    /** @param afterPublish where a verdict is saved once published (never the producer's I/O thread) */
    public VerdictAggregator(SubmissionStore store, VerdictSink sink, ResultObserver observer, ProgressSink progress,
            LongSupplier clock, Executor afterPublish) {
        this.afterPublish = afterPublish;
        this.store = store;
        this.sink = sink;
        this.observer = observer;
        this.progress = progress;
        this.clock = clock;
    }

    /** Applies the event; the future completes when what it caused is safe (see the class comment). */
    public CompletableFuture<Void> apply(PipelineEvent event) {
        if (event instanceof PipelineEvent.CompilationStarted e) {
            store.compilationStarted(e.submissionId(), e.total(), e.arrivedAtMs(), e.startedAtMs());
        } else if (event instanceof PipelineEvent.SubmissionCompiled e) {
            store.compiled(e.submissionId(), e.total(), e.arrivedAtMs(), e.startedAtMs(), e.compileMs(),
                    e.stopOnFirstFailure(), e.language());
            return finishIfComplete(e.submissionId());
        } else if (event instanceof PipelineEvent.TestsJudged e) {
            SubmissionStore.Recorded recorded = store.recordTests(e.submissionId(), e.total(), e.results(),
                    e.startedAtMs(), e.finishedAtMs());
            for (var result : e.results()) {
                if (recorded.recordedNow().contains(result.index())) {
                    progress.publish(new ProgressEvent.TestFinished(e.submissionId(), result));
                }
            }
            if (recorded.allDone()) {
                return finishIfComplete(e.submissionId());
            }
        } else if (event instanceof PipelineEvent.CompilationFailed e) {
            if (store.verdict(e.submissionId()).isEmpty()) {
                Verdict.Timings t = new Verdict.Timings(e.startedAtMs() - e.arrivedAtMs(), e.compileMs(), 0,
                        clock.getAsLong() - e.arrivedAtMs());
                return conclude(Verdicts.early(e.submissionId(), e.status(), e.message(), e.compileOutput(), e.total(), t));
            }
        } else if (event instanceof PipelineEvent.SubmissionRejected e) {
            return rejected(e);
        }
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> rejected(PipelineEvent.SubmissionRejected e) {
        Verdict v = Verdicts.early(e.submissionId(), Status.REJECTED, e.message(), null, e.total(),
                new Verdict.Timings(0, 0, 0, Math.max(0, clock.getAsLong() - e.arrivedAtMs())));
        if (e.duplicate()) {
            // A second submission under a used id: answer it, leave the first one's state alone.
            return sink.publish(v).thenRun(() -> observer.verdict(v.status()));
        } else if (store.verdict(e.submissionId()).isEmpty()) {
            return conclude(v);
        }
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> finishIfComplete(String id) {
        SubmissionProgress p = store.progress(id);
        if (!p.allTestsDone() || p.hasVerdict()) {
            return CompletableFuture.completedFuture(null);
        }
        long arrived = p.arrivedAtMs();
        long compileStart = p.compileStartedAtMs();
        long now = clock.getAsLong();
        Verdict.Timings timings = new Verdict.Timings(
                arrived > 0 && compileStart > 0 ? compileStart - arrived : 0,
                p.compileMs(),
                Math.max(0, p.runFinishedAtMs() - p.runStartedAtMs()),
                arrived > 0 ? now - arrived : 0);
        CompletableFuture<Void> done = conclude(Verdicts.fold(id, p.total(), p.tests(), p.stopOnFirstFailure(), timings));
        if (p.language() != null && p.runStartedAtMs() > 0) {
            observer.batchFinished(p.language(), timings.runMs());
        }
        return done;
    }

    /**
     * Publishes first, then records: a crash in between publishes again, never loses the verdict.
     * A verdict of this submission already on its way (an event seen twice meanwhile) is not sent again.
     */
    private CompletableFuture<Void> conclude(Verdict verdict) {
        if (!publishing.add(verdict.id())) {
            return CompletableFuture.completedFuture(null);
        }
        return sink.publish(verdict).thenRunAsync(() -> {
            store.saveVerdict(verdict);
            observer.verdict(verdict.status());
            progress.publish(new ProgressEvent.VerdictReady(verdict));
        }, afterPublish).whenComplete((ok, failure) -> publishing.remove(verdict.id()));
    }
}
