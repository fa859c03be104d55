package dev.judge.compile.metrics;

import dev.judge.model.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** {@code cache_hits_total}, {@code cache_misses_total} and the {@code compile_time_seconds} histogram, by language. */
@Component
class MicrometerCompileObserver implements CompileObserver {

    private final MeterRegistry registry;

    MicrometerCompileObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void cacheHit(Language language) {
        Counter.builder("cache_hits").description("Artifact cache hits").tag("language", language.wireName())
                .register(registry).increment();
    }

    @Override
    public void cacheMiss(Language language) {
        Counter.builder("cache_misses").description("Artifact cache misses").tag("language", language.wireName())
                .register(registry).increment();
    }

    @Override
    public void compiled(Language language, long millis, boolean succeeded) {
        Timer.builder("compile_time").description("Time to compile one program in the sandbox")
                .tag("language", language.wireName()).tag("result", succeeded ? "ok" : "failed")
                .publishPercentileHistogram().register(registry).record(Duration.ofMillis(millis));
    }
}
