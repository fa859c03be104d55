package dev.judge.run.metrics;

import dev.judge.model.Language;
import dev.judge.run.schedule.TestScheduler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code run_concurrency_limit{language}} (memory back-off included), {@code run_queued_tests{language}}
 * and {@code run_memory_backoff_steps} (0: not backing off).
 */
@Component
class SchedulerGauges {

    SchedulerGauges(MeterRegistry registry, TestScheduler scheduler) {
        for (Language language : Language.values()) {
            Gauge.builder("run_concurrency_limit", scheduler, s -> s.limit(language)).tag("language", language.wireName())
                    .description("Tests of the language this instance runs at once, at most").register(registry);
            Gauge.builder("run_queued_tests", scheduler, s -> s.queued(language)).tag("language", language.wireName())
                    .description("Tests of the language waiting for a box").register(registry);
        }
        Gauge.builder("run_memory_backoff_steps", scheduler, TestScheduler::backOffSteps)
                .description("Times the concurrency limits are halved because host memory runs short").register(registry);
    }
}
