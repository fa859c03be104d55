package dev.judge.result.metrics;

import dev.judge.model.VerdictStatus;
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
        for (VerdictStatus status : VerdictStatus.values()) {
            verdicts(status);
        }
        for (String result : new String[] {"delivered", "failed", "given_up"}) {
            callbacks(result);
        }
    }

    private Counter verdicts(VerdictStatus status) {
        return Counter.builder("verdicts").description("Verdicts published, by status").tag("status", status.name())
                .register(registry);
    }

    @Override
    public void verdict(VerdictStatus status) {
        verdicts(status).increment();
    }

    @Override
    public void delivered() {
        callbacks("delivered").increment();
    }

    @Override
    public void failed(boolean givenUp) {
        callbacks(givenUp ? "given_up" : "failed").increment();
    }

    private Counter callbacks(String result) {
        return Counter.builder("callbacks").description("Callback attempts, by result").tag("result", result)
                .register(registry);
    }
}
