package dev.judge.api.metrics;

import dev.judge.state.CallbackQueue;
import dev.judge.api.submit.Backlog;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Gauges an operator scales and alerts on: each stage's backlog, the lag of its consumer group on
 * its topic (compile on submissions, run on runs, result on outcomes, callbacks on verdicts), and the callbacks waiting to be delivered.
 */
@Component
class PipelineGauges {

    PipelineGauges(MeterRegistry registry, Backlog backlog, CallbackQueue callbacks) {
        backlog.groupByTopic().forEach((topic, group) -> Gauge.builder("pipeline_backlog_records", backlog, b -> b.of(topic))
                .description("Consumer lag: records of the topic its consumer group has not consumed yet")
                .tag("topic", topic).tag("group", group).register(registry));
        Gauge.builder("callbacks_pending", callbacks, CallbackQueue::pending)
                .description("Callbacks waiting to be delivered").register(registry);
    }
}
