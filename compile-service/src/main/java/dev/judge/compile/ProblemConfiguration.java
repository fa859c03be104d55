package dev.judge.compile;

import dev.judge.compile.problem.ProblemStage;
import dev.judge.compile.problem.ProblemImporter;
import dev.judge.compile.problem.ValidatorBuilder;
import dev.judge.compile.build.Builder;
import dev.judge.kafka.PipelineKafka;
import dev.judge.problems.reader.PackageReader;
import dev.judge.state.ArtifactStore;
import dev.judge.state.ProblemDataStore;
import dev.judge.state.ProblemImports;
import dev.judge.state.ProblemStore;
import dev.judge.state.ProblemUploads;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateProperties;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;

/**
 * Wires problem imports: one package at a time per instance (an import may take minutes: large test
 * data, a validator to compile), read from {@code judge.problems} and stored in Redis.
 */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    /** Imported problems: what imports write and the compile stage reads a submission's problem from. */
    @Bean
    ProblemStore problemStore(RedisConnections redis, StateProperties state) {
        return new ProblemStore(redis.text(), state.ttl());
    }

    /** Builds output validators: packages' (kept) and submissions' own checkers (expiring with them). */
    @Bean
    ValidatorBuilder validatorBuilder(RedisConnections redis, Builder builder) {
        return new ValidatorBuilder(builder, new ProblemDataStore(redis.bulk()), new ArtifactStore(redis.bulk()));
    }

    @Bean
    ProblemStage problemStage(CompileProperties props, RedisConnections redis, ProblemStore problems, ValidatorBuilder validators) {
        ProblemDataStore data = new ProblemDataStore(redis.bulk());
        ProblemImporter importer = new ProblemImporter(new PackageReader()::read, data, problems, validators);
        return new ProblemStage(importer, new ProblemImports(redis.text()), props.pchDirectory().resolveSibling("problem-uploads"),
                new ProblemUploads(redis.bulk()));
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> problemListenerFactory(KafkaProperties kafka) {
        Map<String, Object> consumer = new java.util.HashMap<>(kafka.buildConsumerProperties());
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        consumer.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 900_000);
        consumer.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 20 << 20);
        consumer.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 20 << 20);
        consumer.put(ConsumerConfig.GROUP_ID_CONFIG, consumer.get(ConsumerConfig.GROUP_ID_CONFIG) + "-problems");
        return PipelineKafka.listenerFactory(consumer, kafka.buildProducerProperties(), 1, null, new ByteArrayDeserializer());
    }
}
