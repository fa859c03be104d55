package dev.judge.result;

import dev.judge.kafka.PipelineKafka;
import dev.judge.kafka.PipelineKafkaConfiguration;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import dev.judge.result.aggregate.VerdictAggregator;
import dev.judge.result.aggregate.VerdictSink;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.state.ProgressChannel;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateConfiguration;
import dev.judge.state.SubmissionStore;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.listener.ContainerProperties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the result stage: submission state in Redis, events in, verdicts out, progress broadcast. */
@Configuration(proxyBeanMethods = false)
@Import({StateConfiguration.class, PipelineKafkaConfiguration.class})
class ResultConfiguration {

    /** Verdicts go to {@code judge.verdicts} keyed by submission id; the event is committed once the broker has it. */
    @Bean
    VerdictSink verdictSink(KafkaTemplate<String, Object> eventTemplate) {
        return verdict -> eventTemplate.send(Topics.VERDICTS, verdict.id(), verdict).thenApply(sent -> null);
    }

    /** Saves verdicts once the broker has them: off the producer's I/O thread, never blocking it. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService afterPublish() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "verdict-saver");
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    VerdictAggregator verdictAggregator(SubmissionStore store, VerdictSink sink, ResultObserver observer,
            RedisConnections redis, ExecutorService afterPublish) {
        return new VerdictAggregator(store, sink, observer, event -> ProgressChannel.publish(redis.text(), event),
                System::currentTimeMillis, afterPublish);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, PipelineEvent> pipelineEventListenerFactory(KafkaProperties kafka) {
        var factory = PipelineKafka.listenerFactory(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                kafka.getListener().getConcurrency(), null,
                PipelineKafka.jsonDeserializer(PipelineEvent.class));
        // Acknowledged when the verdict an event caused is safe, in any order; committed in order.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        factory.getContainerProperties().setAsyncAcks(true);
        return factory;
    }
}
