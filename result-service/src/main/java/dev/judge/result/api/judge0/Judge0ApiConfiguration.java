package dev.judge.result.api.judge0;

import dev.judge.model.Json;
import dev.judge.result.ResultProperties;
import dev.judge.result.callback.CallbackSender;
import dev.judge.result.callback.CallbackTargets;
import dev.judge.result.catalog.Languages;
import dev.judge.result.state.SubmissionStore;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Judge0-compatible API. */
@Configuration(proxyBeanMethods = false)
public class Judge0ApiConfiguration {

    @Bean
    Judge0Store judge0Store(StatefulRedisConnection<String, String> redis, ResultProperties props) {
        return new Judge0Store(redis.sync(), props.stateTtl());
    }

    @Bean
    Judge0View judge0View(SubmissionStore store, Languages languages) {
        return new Judge0View(store, languages);
    }

    @Bean
    Judge0Intake judge0Intake(Languages languages, CallbackTargets targets) {
        return new Judge0Intake(languages, targets::problems);
    }

    @Bean
    WorkerStats workerStats(StatefulRedisConnection<String, String> redis) {
        return new WorkerStats(redis.sync());
    }

    @Bean
    Judge0Configuration judge0Configuration(ResultProperties props) {
        return new Judge0Configuration(props);
    }

    /** What a callback says: the submission as a GET would show it, in the encoding the client used. */
    @Bean
    Function<String, Optional<CallbackSender.Callback>> judge0Callbacks(Judge0Store store, Judge0View view) {
        return token -> store.load(token).filter(meta -> meta.get("callback_url") != null).map(meta -> {
            boolean base64 = Boolean.parseBoolean(meta.getOrDefault("base64_encoded", "false"));
            String json = Json.mapper().writeValueAsString(view.render(meta, Judge0View.DEFAULT_FIELDS, base64));
            return new CallbackSender.Callback(meta.get("callback_url"), json);
        });
    }
}
