package dev.judge.compile;

import dev.judge.compile.problem.ProblemDataCollection;
import dev.judge.compile.problem.ProblemStage;
import dev.judge.compile.problem.TimeLimitCalibration;
import dev.judge.kafka.DeliveryEdge;
import dev.judge.model.Effects;
import dev.judge.model.Topics;
import dev.judge.state.SubmissionViews;
import dev.judge.compile.problem.ProblemImporter;
import dev.judge.compile.problem.ValidatorBuilder;
import dev.judge.compile.build.Builder;
import dev.judge.kafka.PipelineKafka;
import dev.judge.problems.reader.PackageReader;
import dev.judge.state.ArtifactStore;
import dev.judge.state.ProblemDataCollector;
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
    ProblemStage problemStage(CompileProperties props, RedisConnections redis, ProblemStore problems, ValidatorBuilder validators,
            DeliveryEdge edge) {
        ProblemDataStore data = new ProblemDataStore(redis.bulk());
        CompileProperties.ComputedTimeLimit c = props.computedTimeLimit();
        TimeLimitCalibration calibration = new TimeLimitCalibration(
                submission -> edge.deliverNow(Effects.publish(Topics.SUBMISSIONS, submission.id(), submission)),
                new SubmissionViews(redis.text())::verdict, data, problems,
                new TimeLimitCalibration.Settings(c.enabled(), c.generousSec(), c.deadline()));
        ProblemImporter importer = new ProblemImporter(new PackageReader()::read, data, problems, validators, calibration);
        return new ProblemStage(importer, new ProblemImports(redis.text()), props.pchDirectory().resolveSibling("problem-uploads"),
                new ProblemUploads(redis.bulk()));
    }

    /** Removes test data and validators no problem refers to any more, one instance at a time. */
    @Bean(destroyMethod = "close")
    ProblemDataCollection problemDataCollection(CompileProperties props, RedisConnections redis,
            io.micrometer.core.instrument.MeterRegistry meters) {
        CompileProperties.ProblemData d = props.problemData();
        io.micrometer.core.instrument.Counter removed = io.micrometer.core.instrument.Counter.builder("problem_data_removed")
                .description("test data files and output validators removed because no problem refers to them any more").register(meters);
        return new ProblemDataCollection(new ProblemDataCollector(redis.text(), d.grace(), System::currentTimeMillis),
                removed::increment).every(d.interval());
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
