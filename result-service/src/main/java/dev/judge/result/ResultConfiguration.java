package dev.judge.result;

import dev.judge.kafka.PipelineKafka;
import dev.judge.model.PipelineEvent;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.Topics;
import dev.judge.result.aggregate.OutcomeAggregator;
import dev.judge.result.api.web.AuthTokenFilter;
import dev.judge.result.catalog.Languages;
import dev.judge.result.intake.Backlog;
import dev.judge.result.intake.SubmissionGateway;
import dev.judge.result.callback.CallbackQueue;
import dev.judge.result.callback.CallbackSender;
import dev.judge.result.callback.CallbackTargets;
import dev.judge.result.live.ProgressFanout;
import dev.judge.result.live.RedisProgressBus;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import dev.judge.result.live.VerdictWaiter;
import dev.judge.result.live.Watchers;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import dev.judge.result.aggregate.VerdictSink;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.result.state.SubmissionStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;

/** Wires the result stage: Redis state, Kafka in and out. */
@Configuration(proxyBeanMethods = false)
class ResultConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(ResultProperties props) {
        return RedisClient.create(props.redisUri());
    }

    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, String> redis(RedisClient client) {
        return client.connect();
    }

    @Bean
    SubmissionStore submissionStore(StatefulRedisConnection<String, String> redis, ResultProperties props) {
        return new SubmissionStore(redis.sync(), props.stateTtl());
    }

    @Bean
    Watchers watchers() {
        return new Watchers();
    }

    @Bean(destroyMethod = "close")
    RedisProgressBus progressBus(RedisClient client, Watchers watchers) {
        return new RedisProgressBus(client, watchers);
    }

    @Bean
    VerdictWaiter verdictWaiter(Watchers watchers, SubmissionStore store) {
        return new VerdictWaiter(watchers, store);
    }

    @Bean
    CallbackTargets callbackTargets(ResultProperties props) {
        return new CallbackTargets(props.api().callbackAllowList());
    }

    @Bean
    CallbackQueue callbackQueue(StatefulRedisConnection<String, String> redis) {
        return new CallbackQueue(redis.sync());
    }

    @Bean
    CallbackSender callbackSender(CallbackQueue queue, CallbackTargets targets,
            Function<String, Optional<CallbackSender.Callback>> judge0Callbacks, ResultObserver observer,
            ResultProperties props) {
        return new CallbackSender(queue, targets, judge0Callbacks, observer, props.api().callbackMaxAttempts(),
                props.api().callbackTimeout(), System::currentTimeMillis);
    }

    @Bean
    OutcomeAggregator outcomeAggregator(SubmissionStore store, VerdictSink sink, ResultObserver observer,
            RedisProgressBus progressBus, CallbackQueue callbackQueue) {
        return new OutcomeAggregator(store, sink, observer, new ProgressFanout(List.of(progressBus, callbackQueue)),
                System::currentTimeMillis);
    }

    @Bean(destroyMethod = "close")
    Backlog backlog(KafkaAdmin kafkaAdmin, ResultProperties props) {
        return new Backlog(Admin.create(kafkaAdmin.getConfigurationProperties()),
                Map.of(Topics.SUBMISSIONS, props.api().compileGroup(), Topics.RUNS, props.api().runGroup()));
    }

    @Bean
    LanguageCatalog languageCatalog() {
        return LanguageCatalog.defaults();
    }

    @Bean
    Languages languages(StatefulRedisConnection<String, String> redis, LanguageCatalog catalog) {
        return new Languages(redis.sync(), catalog);
    }

    @Bean
    SubmissionGateway submissionGateway(LanguageCatalog catalog, SubmissionStore store,
            KafkaTemplate<String, Object> eventTemplate, Backlog backlog, ResultProperties props) {
        return new SubmissionGateway(new SubmissionValidator(catalog), store,
                submission -> PipelineKafka.sendAndWait(eventTemplate, Topics.SUBMISSIONS, submission.id(), submission),
                backlog::of, props.api().backlogThreshold());
    }

    @Bean
    FilterRegistrationBean<AuthTokenFilter> authTokenFilter(ResultProperties props) {
        FilterRegistrationBean<AuthTokenFilter> registration = new FilterRegistrationBean<>(new AuthTokenFilter(props.api().authTokens()));
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(ResultProperties props) {
        return PipelineKafka.topics(props.partitions());
    }

    @Bean
    KafkaTemplate<String, Object> eventTemplate(KafkaProperties kafka) {
        return PipelineKafka.template(kafka.buildProducerProperties());
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, PipelineEvent> outcomeListenerFactory(KafkaProperties kafka) {
        var consumers = new DefaultKafkaConsumerFactory<>(kafka.buildConsumerProperties(), new StringDeserializer(),
                PipelineKafka.jsonDeserializer(PipelineEvent.class));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, PipelineEvent>();
        factory.setConsumerFactory(consumers);
        factory.setConcurrency(kafka.getListener().getConcurrency());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(PipelineKafka.errorHandler(PipelineKafka.deadLetterTemplate(kafka.buildProducerProperties())));
        return factory;
    }
}
