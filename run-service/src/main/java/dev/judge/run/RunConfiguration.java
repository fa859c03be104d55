package dev.judge.run;

import dev.judge.kafka.PipelineKafka;
import dev.judge.kafka.PipelineKafkaConfiguration;
import dev.judge.kafka.ServiceMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import dev.judge.model.TestChunkScheduled;
import dev.judge.run.artifact.ArtifactCache;
import dev.judge.run.execute.LanguageRuntime;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.run.javawarm.JavaStartupHealthIndicator;
import dev.judge.run.javawarm.JavaWarmup;
import dev.judge.run.execute.TestRunner;
import dev.judge.run.problem.ProblemDataCache;
import dev.judge.run.problem.ProblemJudge;
import dev.judge.run.problem.ValidatorRunner;
import dev.judge.state.ProblemDataStore;
import dev.judge.run.metrics.RunObserver;
import dev.judge.run.schedule.MemoryPressure;
import dev.judge.run.schedule.TestScheduler;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.PoolHeartbeat;
import dev.judge.sandbox.SandboxSettings;
import dev.judge.state.ArtifactStore;
import dev.judge.state.RedisRetry;
import dev.judge.state.FullOutputStore;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateConfiguration;
import dev.judge.state.StateProperties;
import dev.judge.state.StopMarks;
import dev.judge.state.Workers;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.listener.ContainerProperties;

/** Wires the run stage: sandbox boxes, the state in Redis, Kafka with asynchronous acknowledgements through the delivery edge. */
@Configuration(proxyBeanMethods = false)
@Import({StateConfiguration.class, PipelineKafkaConfiguration.class})
class RunConfiguration {

    /** Largest output any language's cap allows, read back in full. */
    private static final int CAPTURE_BYTES = 64 << 20;

    @Bean(destroyMethod = "close")
    BoxPool runBoxes(RunProperties props) throws IOException {
        return new BoxPool(props.sandbox().settings(props.sandbox().boxes(), CAPTURE_BYTES));
    }

    /** {@code sandbox_boxes{state}}: this instance's boxes, busy, free and lost. */
    @Bean
    MeterBinder boxGauges(BoxPool boxes) {
        return ServiceMetrics.boxGauges(boxes::size, boxes::available, boxes::lost);
    }

    /** This instance's boxes, for the API's {@code /workers}. */
    @Bean(destroyMethod = "close")
    PoolHeartbeat heartbeat(BoxPool boxes, RedisConnections redis) {
        Workers workers = new Workers(redis.text(), redis.textAsync());
        return new PoolHeartbeat(boxes, (total, idle) -> workers.reportThisInstance("run", total, idle),
                Workers.REPORT_EVERY_SECONDS);
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService testExecutor(RunProperties props) {
        return Executors.newFixedThreadPool(props.sandbox().boxes() + 2);
    }

    /** Which test gets the next free box: per-language limits, round robin, memory back-off. */
    @Bean(destroyMethod = "close")
    TestScheduler testScheduler(RunProperties props, BoxPool boxes, ExecutorService testExecutor) {
        RunProperties.Concurrency c = props.concurrency();
        return new TestScheduler(boxes, testExecutor, c.limits(boxes.size()), MemoryPressure.host(), c.memoryThreshold(),
                c.memoryCheck());
    }

    /** How Java programs start: the newest JDK with a start-up archive once it is built, plain before. */
    @Bean
    JavaStartup javaStartup(RunProperties props) {
        return new JavaStartup(LanguageRuntime.JAVA_HOME, props.java().archiveDirectory(), LanguageRuntime.JAVA_FLAGS);
    }

    /** Builds the archive in the background at start, then keeps it (and the JDK) warm. */
    @Bean(destroyMethod = "close")
    JavaWarmup javaWarmup(RunProperties props, JavaStartup startup, BoxPool boxes) {
        return new JavaWarmup(startup, boxes, props.java().warmupStaleAfter(), System::currentTimeMillis)
                .start(props.java().warmupPeriod());
    }

    /** The {@code javaStartup} health contributor: which start-up Java programs get. */
    @Bean
    JavaStartupHealthIndicator javaStartupHealthIndicator(JavaStartup startup, JavaWarmup warmup) {
        return new JavaStartupHealthIndicator(startup, warmup);
    }

    @Bean
    TestRunner testRunner(RunProperties props, StateProperties state, TestScheduler scheduler, RedisConnections redis,
            RunObserver observer, JavaStartup javaStartup, JavaWarmup javaWarmup) {
        var bytes = redis.bytes();
        ArtifactCache artifacts = new ArtifactCache(new ArtifactStore(redis.bulk()), props.localCacheBytes());
        ProblemDataCache problemData = new ProblemDataCache(new ProblemDataStore(redis.bulk()), props.problemDataDirectory(),
                props.problemDataMaxBytes());
        return new TestRunner(scheduler, props.concurrency().maxQueuedTests(), artifacts, new StopMarks(bytes, state.ttl()),
                new FullOutputStore(redis.bulk(), state.ttl(), props.keptOutputBytesPerSubmission()), observer,
                RedisRetry.standard(), javaStartup, javaWarmup, new ProblemJudge(problemData),
                new ValidatorRunner(artifacts, problemData, RedisRetry.standard(), javaStartup));
    }

    /**
     * One consumer; acknowledgements are manual and out of order ({@code asyncAcks}): the delivery
     * edge acknowledges a chunk once its results are acknowledged (or it was dead-lettered), in
     * whatever order chunks finish. Why not a poll at a time, as the other stages: a poll holds
     * chunks of very different lengths (a 40 s chunk beside 10 ms ones), and waiting for all of
     * them before the next poll would leave boxes idle behind the slowest. The container commits
     * only the contiguous prefix of acknowledged offsets and pauses the consumer until every chunk
     * of the previous poll is acknowledged, so at most a poll's chunks ({@code max-poll-records})
     * are in flight, and a refused send holds them back for at most the back-off.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, TestChunkScheduled> runListenerFactory(KafkaProperties kafka) {
        var factory = PipelineKafka.listenerFactory(kafka.buildConsumerProperties(), kafka.buildProducerProperties(), 1,
                null, PipelineKafka.jsonDeserializer(TestChunkScheduled.class));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        factory.getContainerProperties().setAsyncAcks(true);
        return factory;
    }
}
