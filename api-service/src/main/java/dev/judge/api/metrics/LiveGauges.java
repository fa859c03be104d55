package dev.judge.api.metrics;

import dev.judge.api.live.Admission;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** What this instance holds open: {@code wait=true} requests and event streams, against their caps. */
@Component
class LiveGauges {

    LiveGauges(MeterRegistry registry, Admission waitAdmission, Admission streamAdmission) {
        Gauge.builder("api_waiting_requests", waitAdmission, Admission::inUse)
                .description("wait=true requests waiting for their verdict").register(registry);
        Gauge.builder("api_open_streams", streamAdmission, Admission::inUse)
                .description("Server-Sent Event streams open").register(registry);
    }
}
