package dev.judge.compile;

import dev.judge.threads.DaemonThreads;
import dev.judge.compile.build.Builder;
import dev.judge.compile.build.PrecompiledHeader;
import dev.judge.compile.build.Toolchain;
import dev.judge.compile.javawarm.JavaCompileServer;
import dev.judge.compile.javawarm.JavaCompileServerHealthIndicator;
import dev.judge.model.Language;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import dev.judge.compile.cache.RedisMemoryGuard;
import dev.judge.compile.stage.CompileStage;
import dev.judge.compile.stage.UnreadableSubmissionException;
import dev.judge.compile.metrics.CompileObserver;
import dev.judge.kafka.PipelineKafka;
import dev.judge.kafka.PipelineKafkaConfiguration;
import dev.judge.kafka.ServiceMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.SubmissionValidator;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.PoolHeartbeat;
import dev.judge.sandbox.SandboxSettings;
import dev.judge.state.ArtifactStore;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateConfiguration;
import dev.judge.state.SubmissionIds;
import dev.judge.state.Toolchains;
import dev.judge.state.Workers;
import java.io.IOException;
import java.time.Duration;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;

/** Wires the compile stage: sandbox boxes, the state in Redis, Kafka. */
@Configuration(proxyBeanMethods = false)
@Import({StateConfiguration.class, PipelineKafkaConfiguration.class})
class CompileConfiguration {

    @Bean(destroyMethod = "close")
    BoxPool compileBoxes(CompileProperties props) throws IOException {
        return new BoxPool(props.sandbox().settings(props.sandbox().boxes(), 4 << 20));
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
        return new PoolHeartbeat(boxes, (total, idle) -> workers.reportThisInstance("compile", total, idle),
                Workers.REPORT_EVERY_SECONDS);
    }

    /** Gives up least recently used artifacts when Redis nears its maxmemory. */
    @Bean(destroyMethod = "close")
    RedisMemoryGuard redisMemoryGuard(CompileProperties props, RedisConnections redis, RedisMemoryGuard.Observer observer) {
        CompileProperties.MemoryGuard g = props.memoryGuard();
        return new RedisMemoryGuard(() -> redis.infoOfPrimaries("memory"), new ArtifactStore(redis.bytes()), observer, g.high(), g.low(),
                g.minIdle(), props.longestArtifactTtl()).every(g.interval());
    }

    /** {@code <bits/stdc++.h>} precompiled in the background at start; C++ compiles use it once it is there. */
    @Bean
    PrecompiledHeader precompiledHeader(CompileProperties props) {
        PrecompiledHeader pch = new PrecompiledHeader(props.pchDirectory());
        Thread build = DaemonThreads.unstarted("precompiled-header", pch::prepare);
        build.start();
        return pch;
    }

    @Bean
    Toolchains toolchains(RedisConnections redis) {
        return new Toolchains(redis.text());
    }

    /**
     * The warm Java compile path: a server in a box of its own, from the compile box range. Its box
     * runs for at most 20 minutes (then a fresh server takes over), which also bounds how long a
     * server that stopped answering (bypassed at once for plain javac) lives.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "judge.compile.java-server.enabled", havingValue = "true")
    JavaCompileServer javaCompileServer(CompileProperties props) throws IOException {
        CompileProperties.JavaServer j = props.javaServer();
        BoxPool serverBox = new BoxPool(props.sandbox().settings(1, 4 << 20));
        dev.judge.sandbox.Limits java = props.compileLimits().of(Language.JAVA);
        dev.judge.sandbox.Limits server = new dev.judge.sandbox.Limits(900, 0, 1200, j.memoryKb(), 0, 0, 128,
                java.outputKb(), 256);
        return new JavaCompileServer(serverBox, Toolchain.javaHome(), j.jarDirectory(), server, java.cpuTimeSec(),
                java.wallTimeSec()).start(j.warmupStaleAfter(), j.warmupPeriod());
    }

    /** The {@code javaCompileServer} health contributor: which path Java compiles take. */
    @Bean
    @ConditionalOnProperty(name = "judge.compile.java-server.enabled", havingValue = "true")
    JavaCompileServerHealthIndicator javaCompileServerHealthIndicator(JavaCompileServer server) {
        return new JavaCompileServerHealthIndicator(server);
    }

    @Bean
    Builder builder(CompileProperties props, BoxPool boxes, PrecompiledHeader pch, ObjectProvider<JavaCompileServer> javaServer) {
        return new Builder(boxes, props.compileLimits(), props.compileOutputBytes(), pch,
                Optional.ofNullable(javaServer.getIfAvailable()));
    }

    @Bean
    CompileStage compileStage(CompileProperties props, SubmissionIds ids, Builder builder,
            RedisConnections redis, CompileObserver observer, dev.judge.state.ProblemStore problems,
            dev.judge.compile.problem.ValidatorBuilder validators) {
        return new CompileStage(new SubmissionValidator(LanguageCatalog.defaults()),
                ids, new ArtifactStore(redis.bulk()),
                builder, observer, props::artifactTtl, props.chunkWorkSec(),
                problems::find, new dev.judge.compile.problem.InlineCheckerBuilder(validators));
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, String> submissionListenerFactory(KafkaProperties kafka,
            @Value("${judge.pipeline.commit-interval:0}") Duration commitInterval) {
        return PipelineKafka.pollListenerFactory(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                kafka.getListener().getConcurrency(), commitInterval,
                new StringDeserializer(), UnreadableSubmissionException.class);
    }
}
