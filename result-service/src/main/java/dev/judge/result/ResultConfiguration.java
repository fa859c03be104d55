package dev.judge.result;

import dev.judge.kafka.PipelineKafka;
import dev.judge.model.PipelineEvent;
import dev.judge.result.aggregate.OutcomeAggregator;
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
    OutcomeAggregator outcomeAggregator(SubmissionStore store, VerdictSink sink, ResultObserver observer) {
        return new OutcomeAggregator(store, sink, observer, System::currentTimeMillis);
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
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        factory.setCommonErrorHandler(PipelineKafka.errorHandler(PipelineKafka.deadLetterTemplate(kafka.buildProducerProperties())));
        return factory;
    }
}
