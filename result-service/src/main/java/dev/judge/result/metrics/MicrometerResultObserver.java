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
    }

    @Override
    public void verdict(VerdictStatus status) {
        Counter.builder("verdicts").description("Verdicts published, by status").tag("status", status.name())
                .register(registry).increment();
    }

    @Override
    public void delivered() {
        callbacks("delivered");
    }

    @Override
    public void failed(boolean givenUp) {
        callbacks(givenUp ? "given_up" : "failed");
    }

    private void callbacks(String result) {
        Counter.builder("callbacks").description("Callback attempts, by result").tag("result", result)
                .register(registry).increment();
    }
}
