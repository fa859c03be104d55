package dev.judge.result.aggregate;

import dev.judge.model.Effects;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Verdict;
import dev.judge.model.Status;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.state.ProgressEvent;
import dev.judge.state.SubmissionProgress;
import dev.judge.state.ProblemStore;
import dev.judge.state.SubmissionTransitions;
import dev.judge.state.SubmissionViews;
import dev.judge.state.VerdictLease;
import java.util.function.LongSupplier;

/**
 * Applies the pipeline's events to submission state and, once a submission is complete,
 * returns its verdict to publish ({@link Effects}). Free of Spring and Kafka. Every event may
 * arrive twice and in any order across kinds (tests can finish before the compile event is
 * seen): applying it again changes nothing. A verdict is saved (and announced) only once the
 * broker acknowledged it, a step the delivery edge runs when the poll settles; until then the
 * verdict's effects are published once per poll, so a second event of the same poll that
 * completes the submission again publishes nothing. Across consumers (a partition that moved
 * while its earlier owner still waits for the broker) a {@link VerdictLease} lets one publish at a
 * time: the other gets {@link VerdictBeingPublished}, and its record is retried with the back-off.
 */
public final class VerdictAggregator {

    private final SubmissionTransitions transitions;
    private final SubmissionViews views;
    private final ResultObserver observer;
    private final ProgressSink progress;
    private final LongSupplier clock;
    private final VerdictLease lease;
    /** This aggregator's part of a lease holder's name; the consumer thread is the other part. */
    private final String instance = java.util.UUID.randomUUID().toString();
    private final java.util.function.BiFunction<String, String, java.util.Optional<ProblemStore.Stored>> problems;

    /** An aggregator for submissions on inline tests only. */
    public VerdictAggregator(SubmissionTransitions transitions, SubmissionViews views, ResultObserver observer,
            ProgressSink progress, LongSupplier clock, VerdictLease lease) {
        this(transitions, views, observer, progress, clock, lease, (id, version) -> java.util.Optional.empty());
    }

    /** @param problems a problem's version by id and version, to grade the submissions judged on it */
    public VerdictAggregator(SubmissionTransitions transitions, SubmissionViews views, ResultObserver observer,
            ProgressSink progress, LongSupplier clock, VerdictLease lease,
            java.util.function.BiFunction<String, String, java.util.Optional<ProblemStore.Stored>> problems) {
        this.problems = problems;
        this.lease = lease;
        this.transitions = transitions;
        this.views = views;
        this.observer = observer;
        this.progress = progress;
        this.clock = clock;
    }

    /** Applies one event; returns the verdict it completes, if any, to publish. */
    public Effects apply(PipelineEvent event) {
        if (event instanceof PipelineEvent.CompilationStarted e) {
            transitions.compilationStarted(e.submissionId(), e.total(), e.arrivedAtMs(), e.startedAtMs());
        } else if (event instanceof PipelineEvent.SubmissionCompiled e) {
            transitions.compiled(e.submissionId(), e.total(), e.arrivedAtMs(), e.startedAtMs(), e.compileMs(),
                    e.stopOnFirstFailure(), e.language(), e.problemId(), e.problemVersion());
            return finishIfComplete(e.submissionId());
        } else if (event instanceof PipelineEvent.TestsJudged e) {
            SubmissionTransitions.Recorded recorded = transitions.recordTests(e.submissionId(), e.total(), e.results(),
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
            if (views.verdict(e.submissionId()).isEmpty()) {
                Verdict.Timings t = new Verdict.Timings(e.startedAtMs() - e.arrivedAtMs(), e.compileMs(), 0,
                        clock.getAsLong() - e.arrivedAtMs());
                return conclude(Verdicts.early(e.submissionId(), e.status(), e.message(), e.compileOutput(), e.total(), t),
                        () -> { });
            }
        } else if (event instanceof PipelineEvent.SubmissionRejected e) {
            return rejected(e);
        }
        return Effects.none();
    }

    private Effects rejected(PipelineEvent.SubmissionRejected e) {
        Verdict v = Verdicts.early(e.submissionId(), Status.REJECTED, e.message(), null, e.total(),
                new Verdict.Timings(0, 0, 0, Math.max(0, clock.getAsLong() - e.arrivedAtMs())));
        if (e.duplicate()) {
            // A second submission under a used id: answer it, leave the first one's state alone.
            return Effects.verdict(v).then(() -> observer.verdict(v.status()));
        }
        return views.verdict(e.submissionId()).isEmpty() ? conclude(v, () -> { }) : Effects.none();
    }

    private Effects finishIfComplete(String id) {
        SubmissionProgress p = views.progress(id);
        if (!p.allTestsDone() || p.hasVerdict()) {
            return Effects.none();
        }
        long arrived = p.arrivedAtMs();
        long compileStart = p.compileStartedAtMs();
        long now = clock.getAsLong();
        Verdict.Timings timings = new Verdict.Timings(
                arrived > 0 && compileStart > 0 ? compileStart - arrived : 0,
                p.compileMs(),
                Math.max(0, p.runFinishedAtMs() - p.runStartedAtMs()),
                arrived > 0 ? now - arrived : 0);
        Verdict folded = Verdicts.fold(id, p.total(), p.tests(), p.stopOnFirstFailure(), timings);
        if (p.problemId() != null) {
            Verdict ungraded = folded;
            folded = problems.apply(p.problemId(), p.problemVersion()).map(stored -> graded(ungraded, p, timings, stored))
                    .orElseGet(() -> Verdicts.early(id, Status.INTERNAL_ERROR, "problem " + p.problemId() + " version "
                            + p.problemVersion() + " is no longer kept: its tests ran but cannot be graded", null, p.total(),
                            timings));
        }
        return conclude(folded, () -> {
            if (p.language() != null && p.runStartedAtMs() > 0) {
                observer.batchFinished(p.language(), timings.runMs());
            }
        });
    }

    /** The problem's grading of the folded verdict; a fault of the grading is the judge's (INTERNAL_ERROR), never lost. */
    private static Verdict graded(Verdict folded, SubmissionProgress p, Verdict.Timings timings, ProblemStore.Stored stored) {
        try {
            return ProblemVerdicts.grade(folded, stored);
        } catch (RuntimeException e) {
            return Verdicts.early(folded.id(), Status.INTERNAL_ERROR, "grading on problem " + stored.id() + " failed: " + e, null,
                    p.total(), timings);
        }
    }

    /**
     * Publishes first and records once the broker acknowledged the verdict: a crash or a failed
     * send in between publishes again, never loses the verdict. Once per poll per submission, and
     * only by the consumer that holds the submission's lease.
     *
     * @throws VerdictBeingPublished when another consumer holds the lease
     */
    private Effects conclude(Verdict verdict, Runnable counted) {
        // A listener thread handles a poll from its start to its commit: it is the unit that holds a lease.
        String holder = instance + "/" + Thread.currentThread().getName();
        switch (lease.claim(verdict.id(), holder)) {
            case RECORDED -> {
                return Effects.none();
            }
            case HELD -> throw new VerdictBeingPublished(verdict.id());
            case MINE -> { }
        }
        return Effects.verdict(verdict).then(() -> {
            transitions.saveVerdict(verdict);
            observer.verdict(verdict.status());
            counted.run();
            progress.publish(new ProgressEvent.VerdictReady(verdict));
        }).oncePerPoll(verdict.id());
    }
}
