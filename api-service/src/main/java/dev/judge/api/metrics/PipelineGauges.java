package dev.judge.api.metrics;

import dev.judge.model.Topics;
import dev.judge.state.CallbackQueue;
import dev.judge.api.submit.Backlog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Gauges an operator scales and alerts on: each stage's backlog (records its consumer group has
 * not consumed yet) and the callbacks waiting to be delivered.
 */
@Component
class PipelineGauges {

    PipelineGauges(MeterRegistry registry, Backlog backlog, CallbackQueue callbacks) {
        for (String topic : new String[] {Topics.SUBMISSIONS, Topics.RUNS}) {
            Gauge.builder("pipeline_backlog_records", backlog, b -> b.of(topic))
                    .description("Records of the topic its stage has not consumed yet").tag("topic", topic)
                    .register(registry);
        }
        Gauge.builder("callbacks_pending", callbacks, CallbackQueue::pending)
                .description("Callbacks waiting to be delivered").register(registry);
    }
}
