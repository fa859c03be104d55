package dev.judge.compile.build;

import dev.judge.model.Language;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the API which toolchain versions are installed (Redis hash {@code toolchains}), asked in the sandbox. */
@Component
class ToolchainAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ToolchainAnnouncer.class);

    private final Builder builder;
    private final StatefulRedisConnection<String, byte[]> redis;

    ToolchainAnnouncer(Builder builder, StatefulRedisConnection<String, byte[]> redis) {
        this.builder = builder;
        this.redis = redis;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() throws InterruptedException {
        for (Language language : Language.values()) {
            try {
                String version = builder.toolchainVersion(language);
                redis.sync().hset("toolchains", language.wireName(), version.getBytes(StandardCharsets.UTF_8));
            } catch (IllegalStateException e) {
                log.error("Toolchain of {} is not usable: {}", language.wireName(), e.getMessage());
            }
        }
    }
}
