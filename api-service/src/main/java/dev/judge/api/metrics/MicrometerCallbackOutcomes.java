package dev.judge.api.metrics;

import dev.judge.api.callback.CallbackSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code callbacks_total} by result: delivered, failed (to be retried), given_up. */
@Component
class MicrometerCallbackOutcomes implements CallbackSender.Outcomes {

    private final MeterRegistry registry;

    MicrometerCallbackOutcomes(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start, at zero, so rates and ratios have something to read.
        for (String result : new String[] {"delivered", "failed", "given_up"}) {
            callbacks(result);
        }
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
