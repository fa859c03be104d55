package dev.judge.result.metrics;

import dev.judge.model.Status;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code verdicts_total} by status. */
@Component
class MicrometerResultObserver implements ResultObserver {

    private final MeterRegistry registry;

    MicrometerResultObserver(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start, at zero, so rates and ratios have something to read.
        for (Status status : Status.VERDICT_STATUSES) {
            verdicts(status);
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
}
