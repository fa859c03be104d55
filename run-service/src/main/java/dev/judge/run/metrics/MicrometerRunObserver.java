package dev.judge.run.metrics;

import dev.judge.model.Language;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** {@code execution_time_seconds} and {@code queue_wait_time_seconds} histograms, by language. */
@Component
class MicrometerRunObserver implements RunObserver {

    private static final String EXECUTION = "execution_time";
    private static final String EXECUTION_HELP = "Wall time of one test in the sandbox";
    private static final String QUEUE_WAIT = "queue_wait_time";
    private static final String QUEUE_WAIT_HELP = "From a submission's arrival to the start of its first run";

    private final MeterRegistry registry;

    MicrometerRunObserver(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start, so quantiles and rates have something to read.
        for (Language language : Language.values()) {
            timer(EXECUTION, EXECUTION_HELP, language);
            timer(QUEUE_WAIT, QUEUE_WAIT_HELP, language);
        }
    }

    private Timer timer(String name, String description, Language language) {
        return Timer.builder(name).description(description).tag("language", language.wireName()).register(registry);
    }

    @Override
    public void executed(Language language, double seconds) {
        record(EXECUTION, EXECUTION_HELP, language, seconds);
    }

    @Override
    public void queueWait(Language language, double seconds) {
        record(QUEUE_WAIT, QUEUE_WAIT_HELP, language, seconds);
    }

    private void record(String name, String description, Language language, double seconds) {
        timer(name, description, language).record(Duration.ofNanos((long) (Math.max(0, seconds) * 1e9)));
    }
}
