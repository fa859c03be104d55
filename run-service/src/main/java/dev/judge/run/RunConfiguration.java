package dev.judge.run;

import dev.judge.kafka.PipelineKafka;
import dev.judge.model.TestCaseScheduled;
import dev.judge.run.artifact.ArtifactCache;
import dev.judge.run.execute.FullOutputs;
import dev.judge.run.execute.ResultPublisher;
import dev.judge.run.execute.StopMarks;
import dev.judge.run.execute.TestRunner;
import dev.judge.run.metrics.RunObserver;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.PoolHeartbeat;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;

/** Wires the run stage: sandbox boxes, Redis, Kafka with asynchronous acknowledgements. */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

    /** Largest output any language's cap allows, read back in full. */
    private static final int CAPTURE_BYTES = 64 << 20;

    @Bean(destroyMethod = "close")
    BoxPool runBoxes(RunProperties props) throws IOException {
        RunProperties.Sandbox s = props.sandbox();
        return new BoxPool(new SandboxSettings(s.binary().toAbsolutePath(), s.lockDirectory(), s.firstBoxId(), s.lastBoxId(),
                s.boxes(), true, CAPTURE_BYTES, Duration.ofSeconds(10)));
    }

    /** This instance's boxes in Redis, {@code workers:run:<instance>}, for the API's {@code /workers}. */
    @Bean(destroyMethod = "close")
    PoolHeartbeat heartbeat(BoxPool boxes, StatefulRedisConnection<String, byte[]> redis) {
        String key = "workers:run:" + ManagementFactory.getRuntimeMXBean().getName();
        return new PoolHeartbeat(boxes, (total, idle) -> {
            redis.async().hset(key, Map.of("boxes", ascii(total), "idle", ascii(idle)));
            redis.async().expire(key, 15);
        }, 5);
    }

    private static byte[] ascii(int n) {
        return String.valueOf(n).getBytes(StandardCharsets.US_ASCII);
    }

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(RunProperties props) {
        return RedisClient.create(props.redisUri());
    }

    @Bean(destroyMethod = "close")
    StatefulRedisConnection<String, byte[]> redis(RedisClient client) {
        return client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService testExecutor(RunProperties props) {
        return Executors.newFixedThreadPool(props.sandbox().boxes() + 2);
    }

    @Bean
    TestRunner testRunner(RunProperties props, BoxPool boxes, StatefulRedisConnection<String, byte[]> redis,
            ResultPublisher publisher, RunObserver observer, ExecutorService testExecutor) {
        return new TestRunner(boxes, new ArtifactCache(redis.sync(), props.localCacheBytes()),
                new StopMarks(redis.sync(), props.outputTtl()), new FullOutputs(redis.sync(), props.outputTtl()),
                publisher, observer, testExecutor);
    }

    @Bean
    KafkaAdmin.NewTopics pipelineTopics(RunProperties props) {
        return PipelineKafka.topics(props.partitions());
    }

    @Bean
    KafkaTemplate<String, Object> eventTemplate(KafkaProperties kafka) {
        return PipelineKafka.template(kafka.buildProducerProperties());
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, TestCaseScheduled> runListenerFactory(KafkaProperties kafka) {
        var consumers = new DefaultKafkaConsumerFactory<>(kafka.buildConsumerProperties(), new StringDeserializer(),
                PipelineKafka.jsonDeserializer(TestCaseScheduled.class));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, TestCaseScheduled>();
        factory.setConsumerFactory(consumers);
        factory.setConcurrency(1);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        factory.getContainerProperties().setAsyncAcks(true);
        factory.setCommonErrorHandler(PipelineKafka.errorHandler(PipelineKafka.deadLetterTemplate(kafka.buildProducerProperties())));
        return factory;
    }
}
