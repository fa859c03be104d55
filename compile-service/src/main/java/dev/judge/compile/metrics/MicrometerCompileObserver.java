package dev.judge.compile.metrics;

import dev.judge.model.Language;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * {@code cache_hits_total}, {@code cache_misses_total}, the {@code compile_time_seconds} histogram and
 * the artifact bytes raw and stored ({@code artifact_raw_bytes_total}, {@code artifact_stored_bytes_total}), by language.
 */
@Component
class MicrometerCompileObserver implements CompileObserver {

    private final MeterRegistry registry;

    MicrometerCompileObserver(MeterRegistry registry) {
        this.registry = registry;
        // Every series exists from the start, at zero, so rates and ratios have something to read.
        for (Language language : Language.values()) {
            cacheHits(language);
            cacheMisses(language);
            compileTime(language, true);
            compileTime(language, false);
            artifactBytes(language, "raw");
            artifactBytes(language, "stored");
        }
    }

    /** {@code artifact_raw_bytes_total} and {@code artifact_stored_bytes_total}: what compression saves. */
    private Counter artifactBytes(Language language, String form) {
        return Counter.builder("artifact_" + form).baseUnit("bytes")
                .description("Bytes of artifacts put in the store, " + (form.equals("raw") ? "as files" : "as stored"))
                .tag("language", language.wireName()).register(registry);
    }

    @Override
    public void artifactStored(Language language, long rawBytes, long storedBytes) {
        artifactBytes(language, "raw").increment(rawBytes);
        artifactBytes(language, "stored").increment(storedBytes);
    }

    private Counter cacheHits(Language language) {
        return Counter.builder("cache_hits").description("Artifact cache hits").tag("language", language.wireName())
                .register(registry);
    }

    private Counter cacheMisses(Language language) {
        return Counter.builder("cache_misses").description("Artifact cache misses").tag("language", language.wireName())
                .register(registry);
    }

    private Timer compileTime(Language language, boolean succeeded) {
        return Timer.builder("compile_time").description("Time to compile one program in the sandbox")
                .tag("language", language.wireName()).tag("result", succeeded ? "ok" : "failed").register(registry);
    }

    @Override
    public void cacheHit(Language language) {
        cacheHits(language).increment();
    }

    @Override
    public void cacheMiss(Language language) {
        cacheMisses(language).increment();
    }

    @Override
    public void compiled(Language language, long millis, boolean succeeded) {
        compileTime(language, succeeded).record(Duration.ofMillis(millis));
    }
}
