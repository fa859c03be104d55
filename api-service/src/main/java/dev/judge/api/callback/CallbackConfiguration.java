package dev.judge.api.callback;

import java.time.Duration;
import dev.judge.api.ApiProperties;
import dev.judge.kafka.PipelineKafka;
import dev.judge.model.Verdict;
import dev.judge.state.CallbackQueue;
import dev.judge.state.RedisConnections;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;

/** Callbacks: queued from {@code judge.verdicts}, sent from the durable queue with retries. */
@Configuration(proxyBeanMethods = false)
public class CallbackConfiguration {

    @Bean
    CallbackTargets callbackTargets(ApiProperties props) {
        return new CallbackTargets(props.callbackAllowList());
    }

    @Bean
    CallbackQueue callbackQueue(RedisConnections redis) {
        return new CallbackQueue(redis.text());
    }

    @Bean(destroyMethod = "close")
    CallbackSender callbackSender(CallbackQueue queue, CallbackTargets targets,
            Function<String, Optional<CallbackSender.Callback>> judge0Callbacks, CallbackSender.Outcomes outcomes,
            ApiProperties props) {
        return new CallbackSender(queue, targets, judge0Callbacks, outcomes, props.callbackMaxAttempts(),
                props.callbackTimeout(), props.callbackConcurrency(), System::currentTimeMillis);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, Verdict> verdictListenerFactory(KafkaProperties kafka,
            @Value("${judge.pipeline.commit-interval:0}") Duration commitInterval) {
        return PipelineKafka.listenerFactory(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                kafka.getListener().getConcurrency(), commitInterval,
                PipelineKafka.jsonDeserializer(Verdict.class));
    }
}
