package dev.judge.run.metrics;

import dev.judge.model.Language;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** {@code execution_time_seconds} and {@code queue_wait_time_seconds} histograms, by language. */
@Component
class MicrometerRunObserver implements RunObserver {

    private final MeterRegistry registry;

    MicrometerRunObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void executed(Language language, double seconds) {
        record("execution_time", "Wall time of one test in the sandbox", language, seconds);
    }

    @Override
    public void queueWait(Language language, double seconds) {
        record("queue_wait_time", "From a submission's arrival to the start of its first run", language, seconds);
    }

    private void record(String name, String description, Language language, double seconds) {
        Timer.builder(name).description(description).tag("language", language.wireName())
                .publishPercentileHistogram().register(registry)
                .record(Duration.ofNanos((long) (Math.max(0, seconds) * 1e9)));
    }
}
