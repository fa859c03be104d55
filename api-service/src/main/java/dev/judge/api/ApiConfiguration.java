package dev.judge.api;

import dev.judge.kafka.PipelineKafkaConfiguration;
import dev.judge.state.StateConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** What every part of the API shares: the state in Redis and the pipeline's topics; each feature package wires the rest. */
@Configuration(proxyBeanMethods = false)
@Import({StateConfiguration.class, PipelineKafkaConfiguration.class})
class ApiConfiguration {
}
