package dev.judge.compile;

import dev.judge.compile.build.Builder;
import dev.judge.compile.cache.ArtifactStore;
import dev.judge.compile.dispatch.Dispatcher;
import dev.judge.compile.intake.SubmissionIntake;
import dev.judge.compile.intake.SubmissionRegistry;
import dev.judge.compile.intake.UnreadableSubmissionException;
import dev.judge.compile.metrics.CompileObserver;
import dev.judge.kafka.PipelineKafka;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.SubmissionValidator;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.PoolHeartbeat;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.SandboxSettings;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.time.Duration;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;

/** Wires the compile stage: sandbox boxes, Redis, Kafka. */
@Configuration(proxyBeanMethods = false)
class CompileConfiguration {

    @Bean(destroyMethod = "close")
    BoxPool compileBoxes(CompileProperties props) throws IOException {
        CompileProperties.Sandbox s = props.sandbox();
        return new BoxPool(new SandboxSettings(s.binary().toAbsolutePath(), s.lockDirectory(), s.firstBoxId(), s.lastBoxId(),
                s.boxes(), true, 4 << 20, Duration.ofSeconds(10)));
    }

    /** This instance's boxes in Redis, {@code workers:compile:<instance>}, for the API's {@code /workers}. */
    @Bean(destroyMethod = "close")
    PoolHeartbeat heartbeat(BoxPool boxes, StatefulRedisConnection<String, byte[]> redis) {
        String key = "workers:compile:" + ManagementFactory.getRuntimeMXBean().getName();
        return new PoolHeartbeat(boxes, (total, idle) -> {
            redis.async().hset(key, Map.of("boxes", ascii(total), "idle", ascii(idle)));
            redis.async().expire(key, 15);
        }, 5);
    }

    private static byte[] ascii(int n) {
        return String.valueOf(n).getBytes(StandardCharsets.US_ASCII);
    }

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(CompileProperties props) {
        return RedisClient.create(props.redisUri());
    }

    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, byte[]> redis(RedisClient client) {
        return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    @Bean
    Builder builder(CompileProperties props, BoxPool boxes) {
        CompileProperties.Limits l = props.limits();
        Limits limits = new Limits(l.cpuTimeSec(), 0, l.wallTimeSec(), l.memoryKb(), 0, 0, l.processes(), l.outputKb(), 256);
        return new Builder(boxes, limits, props.compileOutputBytes());
    }

    @Bean
    SubmissionIntake submissionIntake(CompileProperties props, Builder builder, StatefulRedisConnection<String, byte[]> redis,
            Dispatcher dispatcher, CompileObserver observer) {
        return new SubmissionIntake(new SubmissionValidator(LanguageCatalog.defaults()),
                new SubmissionRegistry(redis.sync(), props.stateTtl()), new ArtifactStore(redis.sync()),
                builder, dispatcher, observer, props::artifactTtl);
    }

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(CompileProperties props) {
        return PipelineKafka.topics(props.partitions());
    }

    @Bean
    KafkaTemplate<String, Object> eventTemplate(KafkaProperties kafka) {
        return PipelineKafka.template(kafka.buildProducerProperties());
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, String> submissionListenerFactory(KafkaProperties kafka) {
        var consumers = new DefaultKafkaConsumerFactory<>(kafka.buildConsumerProperties(), new StringDeserializer(),
                new StringDeserializer());
        var factory = new ConcurrentKafkaListenerContainerFactory<String, String>();
        factory.setConsumerFactory(consumers);
        factory.setConcurrency(kafka.getListener().getConcurrency());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(PipelineKafka.errorHandler(
                PipelineKafka.deadLetterTemplate(kafka.buildProducerProperties()), UnreadableSubmissionException.class));
        return factory;
    }
}
