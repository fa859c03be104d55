package dev.judge.result.aggregate;

import dev.judge.kafka.Deliveries;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Verdict;
import dev.judge.model.Status;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionProgress;
import dev.judge.state.SubmissionStore;
import java.util.function.LongSupplier;

/**
 * Applies the pipeline's events to submission state and publishes each verdict once it is
 * complete. Free of Spring and Kafka. Every event may arrive twice and in any order across
 * kinds (tests can finish before the compile event is seen): applying it again changes nothing.
 * A verdict is saved (and announced) only once the broker acknowledged it, at the end of the
 * poll ({@link Deliveries}); until then the poll's claim on the submission keeps a second event
 * of the same poll from publishing it again.
 */
public final class VerdictAggregator {

    private final SubmissionStore store;
    private final VerdictSink sink;
    private final ResultObserver observer;
    private final ProgressSink progress;
    private final LongSupplier clock;

    public VerdictAggregator(SubmissionStore store, VerdictSink sink, ResultObserver observer, ProgressSink progress,
            LongSupplier clock) {
        this.store = store;
        this.sink = sink;
        this.observer = observer;
        this.progress = progress;
        this.clock = clock;
    }

    public void apply(PipelineEvent event, Deliveries deliveries) {
        if (event instanceof PipelineEvent.CompilationStarted e) {
            store.compilationStarted(e.submissionId(), e.total(), e.arrivedAtMs(), e.startedAtMs());
        } else if (event instanceof PipelineEvent.SubmissionCompiled e) {
            store.compiled(e.submissionId(), e.total(), e.arrivedAtMs(), e.startedAtMs(), e.compileMs(),
                    e.stopOnFirstFailure(), e.language());
            finishIfComplete(e.submissionId(), deliveries);
        } else if (event instanceof PipelineEvent.TestsJudged e) {
            SubmissionStore.Recorded recorded = store.recordTests(e.submissionId(), e.total(), e.results(),
                    e.startedAtMs(), e.finishedAtMs());
            for (var result : e.results()) {
                if (recorded.recordedNow().contains(result.index())) {
                    progress.publish(new ProgressEvent.TestFinished(e.submissionId(), result));
                }
            }
            if (recorded.allDone()) {
                finishIfComplete(e.submissionId(), deliveries);
            }
        } else if (event instanceof PipelineEvent.CompilationFailed e) {
            if (store.verdict(e.submissionId()).isEmpty() && deliveries.claim(e.submissionId())) {
                Verdict.Timings t = new Verdict.Timings(e.startedAtMs() - e.arrivedAtMs(), e.compileMs(), 0,
                        clock.getAsLong() - e.arrivedAtMs());
                conclude(Verdicts.early(e.submissionId(), e.status(), e.message(), e.compileOutput(), e.total(), t),
                        deliveries, () -> { });
            }
        } else if (event instanceof PipelineEvent.SubmissionRejected e) {
            rejected(e, deliveries);
        }
    }

    private void rejected(PipelineEvent.SubmissionRejected e, Deliveries deliveries) {
        Verdict v = Verdicts.early(e.submissionId(), Status.REJECTED, e.message(), null, e.total(),
                new Verdict.Timings(0, 0, 0, Math.max(0, clock.getAsLong() - e.arrivedAtMs())));
        if (e.duplicate()) {
            // A second submission under a used id: answer it, leave the first one's state alone.
            deliveries.add(sink.publish(v), () -> observer.verdict(v.status()));
        } else if (store.verdict(e.submissionId()).isEmpty() && deliveries.claim(e.submissionId())) {
            conclude(v, deliveries, () -> { });
        }
    }

    private void finishIfComplete(String id, Deliveries deliveries) {
        SubmissionProgress p = store.progress(id);
        if (!p.allTestsDone() || p.hasVerdict() || !deliveries.claim(id)) {
            return;
        }
        long arrived = p.arrivedAtMs();
        long compileStart = p.compileStartedAtMs();
        long now = clock.getAsLong();
        Verdict.Timings timings = new Verdict.Timings(
                arrived > 0 && compileStart > 0 ? compileStart - arrived : 0,
                p.compileMs(),
                Math.max(0, p.runFinishedAtMs() - p.runStartedAtMs()),
                arrived > 0 ? now - arrived : 0);
        conclude(Verdicts.fold(id, p.total(), p.tests(), p.stopOnFirstFailure(), timings), deliveries, () -> {
            if (p.language() != null && p.runStartedAtMs() > 0) {
                observer.batchFinished(p.language(), timings.runMs());
            }
        });
    }

    /**
     * Publishes first and records once the broker acknowledged the verdict: a crash or a failed
     * send in between publishes again, never loses the verdict.
     */
    private void conclude(Verdict verdict, Deliveries deliveries, Runnable counted) {
        deliveries.add(sink.publish(verdict), () -> {
            store.saveVerdict(verdict);
            observer.verdict(verdict.status());
            counted.run();
            progress.publish(new ProgressEvent.VerdictReady(verdict));
        });
    }
}
