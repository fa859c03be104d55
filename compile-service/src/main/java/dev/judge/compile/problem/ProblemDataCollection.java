package dev.judge.compile.problem;

import dev.judge.state.ProblemDataCollector;
import dev.judge.threads.DaemonThreads;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects test data and validators that no problem refers to any more ({@link ProblemDataCollector})
 * every {@code interval}, one compile-service instance at a time; what it removes is counted
 * ({@code problem_data_removed_total}, files and validators) and logged.
 */
public final class ProblemDataCollection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProblemDataCollection.class);

    private final ProblemDataCollector collector;
    private final LongConsumer removed;
    private final String instance = "compile-service-" + UUID.randomUUID();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("problem-data-collection"));

    /** @param removed told how many files each collection removed */
    public ProblemDataCollection(ProblemDataCollector collector, LongConsumer removed) {
        this.collector = collector;
        this.removed = removed;
    }

    /** Collects every {@code interval} from one interval after now. */
    public ProblemDataCollection every(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("judge.compile.problem-data.interval must be positive, not " + interval);
        }
        timer.scheduleWithFixedDelay(() -> {
            try {
                collector.collectUnlessBusy(instance, interval).ifPresent(c -> {
                    removed.accept(c.removed() + c.validatorsRemoved());
                    if (c.removed() + c.validatorsRemoved() > 0) {
                        log.info("Removed {} test data files ({} kept) and {} validators no problem refers to any more",
                                c.removed(), c.kept(), c.validatorsRemoved());
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Collecting unreferenced test data failed; trying again in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
