package dev.judge.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.util.Arrays;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Metric conventions every service shares: the latency histograms' buckets and the sandbox pool's
 * gauges, so dashboards and alerts read the same shapes from each stage.
 */
public final class ServiceMetrics {

    /** The project's latency histograms (Micrometer names; Prometheus adds {@code _seconds}). */
    public static final Set<String> LATENCY_TIMERS = Set.of("compile_time", "execution_time", "queue_wait_time",
            "batch_time");

    /**
     * Explicit buckets from 1 ms to 30 s: fine enough below 100 ms that the p50 and p95 of C and
     * C++ are readable, coarse above a second where only Java and time limits land.
     */
    static final double[] BUCKET_MILLIS = {1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 500, 750,
        1_000, 1_500, 2_000, 3_000, 5_000, 10_000, 20_000, 30_000};

    private ServiceMetrics() {
    }

    /** Replaces Micrometer's default percentile histogram of {@link #LATENCY_TIMERS} with the explicit buckets. */
    public static MeterFilter latencyBuckets() {
        double[] nanos = Arrays.stream(BUCKET_MILLIS).map(ms -> ms * 1_000_000).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getType() != Meter.Type.TIMER || !LATENCY_TIMERS.contains(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(false).serviceLevelObjectives(nanos)
                        .build().merge(config);
            }
        };
    }

    /**
     * {@code sandbox_boxes{state="busy"|"free"|"lost"}}: how much of this instance's box pool is in
     * use, and how many boxes are out of it until they can be initialised again.
     */
    public static MeterBinder boxGauges(IntSupplier size, IntSupplier free, IntSupplier lost) {
        return registry -> {
            Gauge.builder("sandbox_boxes", free, IntSupplier::getAsInt).tag("state", "free")
                    .description("Sandbox boxes of this instance, by state").register(registry);
            Gauge.builder("sandbox_boxes", () -> size.getAsInt() - free.getAsInt() - lost.getAsInt()).tag("state", "busy")
                    .description("Sandbox boxes of this instance, by state").register(registry);
            Gauge.builder("sandbox_boxes", lost, IntSupplier::getAsInt).tag("state", "lost")
                    .description("Sandbox boxes of this instance, by state").register(registry);
        };
    }
}
