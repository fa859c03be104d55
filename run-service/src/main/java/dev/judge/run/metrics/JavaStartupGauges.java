package dev.judge.run.metrics;

import dev.judge.run.javawarm.JavaStartup;
import dev.judge.run.javawarm.JavaWarmup;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code java_startup_mode{mode}}: 1 for the start-up Java programs get now (aot, cds or plain), 0
 * for the others; {@code java_warmups_total}: warm-ups done.
 */
@Component
class JavaStartupGauges {

    JavaStartupGauges(MeterRegistry registry, JavaStartup startup, JavaWarmup warmup) {
        for (JavaStartup.Mode mode : JavaStartup.Mode.values()) {
            Gauge.builder("java_startup_mode", startup, s -> s.current().mode() == mode ? 1 : 0)
                    .tag("mode", mode.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Which start-up Java programs get: an AOT cache, a CDS archive, or plain").register(registry);
        }
        FunctionCounter.builder("java_warmups", warmup, JavaWarmup::warmups).description("Java warm-ups done")
                .register(registry);
    }
}
