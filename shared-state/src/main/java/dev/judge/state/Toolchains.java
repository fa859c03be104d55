package dev.judge.state;

import dev.judge.model.Json;
import dev.judge.model.Language;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * The toolchain installed for each language (hash {@code toolchains}), as structured data:
 * compile-service announces what it found, the API names languages with it.
 */
public final class Toolchains {

    /**
     * One language's toolchain.
     *
     * @param product what it is called, e.g. {@code GCC}, {@code OpenJDK}, {@code Python}
     * @param version its version, e.g. {@code 12.2.0}
     */
    public record Installed(Language language, String product, String version) {
    }

    private final RedisClusterCommands<String, String> redis;

    public Toolchains(RedisClusterCommands<String, String> redis) {
        this.redis = redis;
    }

    public void announce(Installed toolchain) {
        redis.hset(StateKeys.TOOLCHAINS, toolchain.language().wireName(), Json.mapper().writeValueAsString(toolchain));
    }

    /** The language is no longer offered: its toolchain is missing or broken here. */
    public void withdraw(Language language) {
        redis.hdel(StateKeys.TOOLCHAINS, language.wireName());
    }

    public Optional<Installed> installed(Language language) {
        String json = redis.hget(StateKeys.TOOLCHAINS, language.wireName());
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(json, Installed.class));
        } catch (JacksonException e) {
            return Optional.empty();   // written by an older compile-service: announced again at its next start
        }
    }
}
