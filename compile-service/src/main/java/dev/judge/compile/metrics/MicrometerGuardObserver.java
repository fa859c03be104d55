package dev.judge.compile.metrics;

import dev.judge.compile.cache.RedisMemoryGuard;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The memory guard's view of Redis: {@code artifact_guard_redis_used_bytes},
 * {@code artifact_guard_redis_max_bytes} (0: no maxmemory) and {@code artifact_evictions_total}.
 */
@Component
class MicrometerGuardObserver implements RedisMemoryGuard.Observer {

    private final AtomicLong used = new AtomicLong();
    private final AtomicLong max = new AtomicLong();
    private final Counter evictions;

    MicrometerGuardObserver(MeterRegistry registry) {
        Gauge.builder("artifact_guard_redis_used_bytes", used, AtomicLong::get)
                .description("Redis used_memory at the memory guard's last check").register(registry);
        Gauge.builder("artifact_guard_redis_max_bytes", max, AtomicLong::get)
                .description("Redis maxmemory at the memory guard's last check (0: none)").register(registry);
        evictions = Counter.builder("artifact_evictions").description("Artifacts the memory guard gave up")
                .register(registry);
    }

    @Override
    public void memory(long usedBytes, long maxBytes) {
        used.set(usedBytes);
        max.set(maxBytes);
    }

    @Override
    public void evicted(long artifacts) {
        evictions.increment(artifacts);
    }
}
