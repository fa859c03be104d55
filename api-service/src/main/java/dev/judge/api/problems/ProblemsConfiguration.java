package dev.judge.api.problems;

import dev.judge.state.ProblemImports;
import dev.judge.state.ProblemStore;
import dev.judge.state.ProblemUploads;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateProperties;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the problems API: the stored problems in Redis, and a producer of package zips. */
@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration {

    @Bean
    ProblemStore problemStore(RedisConnections redis, StateProperties state) {
        return new ProblemStore(redis.text(), state.ttl());
    }

    @Bean
    ProblemImports problemImports(RedisConnections redis) {
        return new ProblemImports(redis.text());
    }

    /** Packages larger than a record, on their way to compile-service in chunks. */
    @Bean
    ProblemUploads problemUploads(RedisConnections redis) {
        return new ProblemUploads(redis.bulk());
    }

    @Bean
    KafkaTemplate<String, byte[]> problemTemplate(KafkaProperties kafka) {
        Map<String, Object> producer = new HashMap<>(kafka.buildProducerProperties());
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 20 << 20);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new ByteArraySerializer()));
    }
}
