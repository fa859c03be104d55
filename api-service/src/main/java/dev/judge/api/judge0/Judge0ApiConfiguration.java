package dev.judge.api.judge0;

import dev.judge.api.ApiProperties;
import dev.judge.api.callback.CallbackSender;
import dev.judge.api.callback.CallbackTargets;
import dev.judge.api.catalog.Languages;
import dev.judge.model.Json;
import dev.judge.state.Judge0Requests;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateProperties;
import dev.judge.state.KeptOutputs;
import dev.judge.state.SubmissionViews;
import dev.judge.state.Workers;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Judge0-compatible API. */
@Configuration(proxyBeanMethods = false)
public class Judge0ApiConfiguration {

    @Bean
    Judge0Requests judge0Requests(RedisConnections redis, StateProperties state) {
        return new Judge0Requests(redis.text(), state.ttl());
    }

    @Bean
    Judge0View judge0View(SubmissionViews views, KeptOutputs outputs, Languages languages) {
        return new Judge0View(views, outputs, languages);
    }

    @Bean
    Judge0RequestReader judge0RequestReader(Languages languages, CallbackTargets targets) {
        return new Judge0RequestReader(languages, targets::problems);
    }

    @Bean
    Workers workers(RedisConnections redis) {
        return new Workers(redis.text(), redis.textAsync());
    }

    @Bean
    Judge0ConfigInfo judge0ConfigInfo(ApiProperties props) {
        return new Judge0ConfigInfo(props);
    }

    /** What a callback says: the submission as a GET would show it, in the encoding the client used. */
    @Bean
    Function<String, Optional<CallbackSender.Callback>> judge0Callbacks(Judge0Requests requests, Judge0View view) {
        return token -> requests.load(token).filter(r -> r.callbackUrl() != null).map(r -> new CallbackSender.Callback(
                r.callbackUrl(), Json.mapper().writeValueAsString(view.render(r, Judge0View.DEFAULT_FIELDS, r.base64Encoded()))));
    }
}
