package dev.judge.kafka;

import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What every service wires the same way: the pipeline's topics (created if missing, with
 * {@code judge.pipeline.partitions} partitions, {@code replicas} copies of each and
 * {@code min-insync-replicas} of them needed for a send), the template events are published with, the
 * delivery edge every stage publishes through, a health check that fails when a consumer
 * stopped, and the latency histograms' buckets.
 */
@Configuration(proxyBeanMethods = false)
public class PipelineKafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(@Value("${judge.pipeline.partitions:8}") int partitions,
            @Value("${judge.pipeline.replicas:1}") int replicas, @Value("${judge.pipeline.min-insync-replicas:1}") int minInsync) {
        return PipelineKafka.topics(new PipelineKafka.Layout(partitions, replicas, minInsync));
    }

    @Bean
    KafkaTemplate<String, Object> eventTemplate(KafkaProperties kafka) {
        return PipelineKafka.template(kafka.buildProducerProperties());
    }

    /** How every stage's records reach Kafka: sent, waited for, retried, dead-lettered ({@link DeliveryEdge}). */
    @Bean(destroyMethod = "close")
    DeliveryEdge deliveryEdge(KafkaTemplate<String, Object> eventTemplate, KafkaProperties kafka) {
        return PipelineKafka.edge(eventTemplate, kafka.buildProducerProperties());
    }

    /** The latency histograms' explicit buckets ({@link ServiceMetrics#latencyBuckets()}). */
    @Bean
    MeterFilter latencyBuckets() {
        return ServiceMetrics.latencyBuckets();
    }

    /** The {@code kafkaListeners} health contributor: DOWN when a consumer stopped. */
    @Bean
    ListenerHealthIndicator kafkaListenersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        return new ListenerHealthIndicator(registry);
    }
}
