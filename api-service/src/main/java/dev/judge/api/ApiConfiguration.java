package dev.judge.api;

import dev.judge.kafka.PipelineKafka;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateConfiguration;
import dev.judge.state.StateProperties;
import dev.judge.state.SubmissionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/** What every part of the API shares: the submissions' state in Redis and the pipeline's topics. */
@Configuration(proxyBeanMethods = false)
@Import(StateConfiguration.class)
class ApiConfiguration {

    @Bean
    SubmissionStore submissionStore(RedisConnections redis, StateProperties state) {
        return SubmissionStore.on(redis, state.ttl());
    }

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(ApiProperties props) {
        return PipelineKafka.topics(props.partitions());
    }
}
