package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsTheSeriesAnExpressionReadsAndNothingElse() {
        assertThat(PromQl.metricsIn("max by (topic) (pipeline_backlog_records) > 1000 and "
                + "deriv(max by (topic) (pipeline_backlog_records)[10m:1m]) > 0"))
                .containsExactly("pipeline_backlog_records");
        assertThat(PromQl.metricsIn("sum(rate(verdicts_total{status=\"INTERNAL_ERROR\"}[10m])) / "
                + "clamp_min(sum(rate(verdicts_total[10m])), 1e-9) > 0.01")).containsExactly("verdicts_total");
        assertThat(PromQl.metricsIn("redis_memory_used_bytes / (redis_memory_max_bytes > 0) > 0.85"))
                .containsExactly("redis_memory_max_bytes", "redis_memory_used_bytes");
        assertThat(PromQl.metricsIn("judge:batch_time_seconds:p95_1h > 1.5 * judge:batch_time_seconds:p95_1d offset 1h"))
                .containsExactly("judge:batch_time_seconds:p95_1d", "judge:batch_time_seconds:p95_1h");
    }
}
