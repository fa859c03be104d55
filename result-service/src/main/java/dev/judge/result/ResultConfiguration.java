package dev.judge.result;

import java.time.Duration;
import dev.judge.kafka.DeliveryEdge;
import dev.judge.kafka.PipelineKafka;
import dev.judge.kafka.PipelineKafkaConfiguration;
import dev.judge.model.PipelineEvent;
import dev.judge.model.Topics;
import dev.judge.model.Verdict;
import dev.judge.result.aggregate.VerdictAggregator;
import dev.judge.result.metrics.ResultObserver;
import dev.judge.result.rebuild.OutcomeReplay;
import dev.judge.result.rebuild.PublishedOutcomes;
import dev.judge.result.rebuild.PublishedVerdicts;
import dev.judge.result.rebuild.StateRebuild;
import dev.judge.state.StateEpoch;
import dev.judge.state.ProgressChannel;
import dev.judge.state.RedisConnections;
import dev.judge.state.StateConfiguration;
import dev.judge.state.SubmissionTransitions;
import dev.judge.state.SubmissionViews;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the result stage: submission state in Redis, events in, verdicts out, progress broadcast. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import({StateConfiguration.class, PipelineKafkaConfiguration.class})
class ResultConfiguration {

    /**
     * Verdicts put back from judge.verdicts after Redis restarted, then judge.outcomes replayed for
     * the submissions without one (checked every 5 s by {@link StateRebuildTimer}).
     */
    @Bean
    StateRebuild stateRebuild(SubmissionTransitions store, SubmissionViews views, VerdictAggregator aggregator,
            DeliveryEdge edge, RedisConnections redis, dev.judge.state.StateProperties state, KafkaProperties kafka) {
        KafkaHistory history = new KafkaHistory(kafka.buildConsumerProperties());
        PublishedVerdicts verdicts = (from, reader) -> history.readSince(Topics.VERDICTS, Verdict.class, from, (v, at) -> {
            if (v.id() != null) {
                reader.read(v, at);
            }
        });
        PublishedOutcomes outcomes = (from, reader) -> history.readSince(Topics.OUTCOMES, PipelineEvent.class, from, (e, at) -> {
            if (e.submissionId() != null) {
                reader.accept(e);
            }
        });
        return new StateRebuild(new StateEpoch(redis), store, verdicts,
                event -> ProgressChannel.publish(redis.textAsync(), event),
                new OutcomeReplay(outcomes, views::hasVerdict, aggregator::apply, edge::deliverNow), state.ttl(),
                System::currentTimeMillis);
    }

    @Bean
    VerdictAggregator verdictAggregator(SubmissionTransitions transitions, SubmissionViews views, ResultObserver observer,
            RedisConnections redis, dev.judge.state.StateProperties state,
            @Value("${judge.result.verdict-lease:30s}") Duration verdictLease) {
        dev.judge.state.ProblemStore problems = new dev.judge.state.ProblemStore(redis.text(), state.ttl());
        return new VerdictAggregator(transitions, views, observer, event -> ProgressChannel.publish(redis.textAsync(), event),
                System::currentTimeMillis, new dev.judge.state.VerdictLease(redis.text(), verdictLease), problems::version);
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, PipelineEvent> pipelineEventListenerFactory(KafkaProperties kafka,
            @Value("${judge.pipeline.commit-interval:0}") Duration commitInterval) {
        return PipelineKafka.pollListenerFactory(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                kafka.getListener().getConcurrency(), commitInterval,
                PipelineKafka.jsonDeserializer(PipelineEvent.class));
    }
}
