package dev.judge.result.metrics;

import dev.judge.model.Language;
import dev.judge.model.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** {@code verdicts_total} by status and the {@code batch_time_seconds} histogram by language. */
@Component
class MicrometerResultObserver implements ResultObserver {

    private final MeterRegistry registry;

    MicrometerResultObserver(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start, at zero, so rates and ratios have something to read.
        for (Status status : Status.VERDICT_STATUSES) {
            verdicts(status);
        }
        for (Language language : Language.values()) {
            batchTime(language);
        }
    }

    private Counter verdicts(Status status) {
        return Counter.builder("verdicts").description("Verdicts published, by status").tag("status", status.name())
                .register(registry);
    }

    @Override
    public void verdict(Status status) {
        verdicts(status).increment();
    }

    private Timer batchTime(Language language) {
        return Timer.builder("batch_time").description("A submission's tests, from the first run's start to the last result")
                .tag("language", language.wireName()).register(registry);
    }

    @Override
    public void batchFinished(Language language, long millis) {
        batchTime(language).record(Duration.ofMillis(millis));
    }
}
