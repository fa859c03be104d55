package dev.judge.result.rebuild;

import dev.judge.model.Effects;
import dev.judge.result.aggregate.VerdictBeingPublished;
import dev.judge.model.PipelineEvent;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Puts back what Redis lost of the submissions still in flight. A submission whose tests travel
 * in several chunks is complete only once every chunk's results are in its state; when Redis
 * loses the chunks recorded before it restarted, the chunks after it never complete the
 * submission, whose records were committed long ago. So, after the verdicts were restored, the
 * events on {@code judge.outcomes} within the state's time to live are applied again, through
 * the aggregator, for every submission still without a verdict: results are recorded once per
 * test index, so what Redis kept is not changed, and a submission whose every test is in again
 * gets its verdict, published and saved as the listener does. Only the events that build a
 * state (compilation started, compiled, tests judged) are replayed: those that conclude at once
 * (compilation failed, rejected) gave their verdict when first handled, and the verdict rebuild
 * restored it.
 */
public final class OutcomeReplay {

    private final PublishedOutcomes outcomes;
    private final Predicate<String> judged;
    private final Function<PipelineEvent, Effects> aggregator;
    private final Consumer<Effects> delivery;

    /**
     * @param judged whether a submission has its verdict in Redis
     * @param aggregator applies an event to the state, returning the verdict it completes
     * @param delivery publishes a verdict and, once the broker acknowledged it, saves it; throws if it cannot
     */
    public OutcomeReplay(PublishedOutcomes outcomes, Predicate<String> judged, Function<PipelineEvent, Effects> aggregator,
            Consumer<Effects> delivery) {
        this.outcomes = outcomes;
        this.judged = judged;
        this.aggregator = aggregator;
        this.delivery = delivery;
    }

    /** What a replay did: the events applied again (of submissions without a verdict), and the verdicts they completed. */
    public record Replayed(int events, int verdicts) {
    }

    /** Replays the events published since {@code fromMs}. */
    public Replayed replaySince(long fromMs) {
        AtomicInteger events = new AtomicInteger();
        AtomicInteger verdicts = new AtomicInteger();
        outcomes.readSince(fromMs, event -> {
            if (buildsState(event) && !judged.test(event.submissionId())) {
                events.incrementAndGet();
                Effects effects;
                try {
                    effects = aggregator.apply(event);
                } catch (VerdictBeingPublished e) {
                    return;   // a consumer holds the record and is publishing its verdict now
                }
                if (!effects.publications().isEmpty()) {
                    delivery.accept(effects);
                    verdicts.incrementAndGet();
                }
            }
        });
        return new Replayed(events.get(), verdicts.get());
    }

    private static boolean buildsState(PipelineEvent event) {
        return event instanceof PipelineEvent.CompilationStarted || event instanceof PipelineEvent.SubmissionCompiled
                || event instanceof PipelineEvent.TestsJudged;
    }
}
