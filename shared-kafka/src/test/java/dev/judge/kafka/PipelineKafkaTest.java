package dev.judge.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import dev.judge.model.Topics;
import dev.judge.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The Kafka plumbing every stage shares, without a broker. */
class PipelineKafkaTest {

    private static final Verdict VERDICT = new Verdict("v-1", Status.ACCEPTED, null, null, List.of(), 1, 1, 0.01, 1000,
            new Verdict.Timings(1, 2, 3, 6));

    @Test
    void everyTopicAndItsDeadLetterTopicIsDeclared() {
        List<String> names = PipelineKafka.declaredTopics(PipelineKafka.Layout.singleBroker(4)).stream().map(NewTopic::name).toList();
        assertThat(names).contains(Topics.SUBMISSIONS, Topics.RUNS, Topics.OUTCOMES, Topics.VERDICTS,
                Topics.SUBMISSIONS + Topics.DEAD_LETTER_SUFFIX, Topics.RUNS + Topics.DEAD_LETTER_SUFFIX,
                Topics.OUTCOMES + Topics.DEAD_LETTER_SUFFIX, Topics.VERDICTS + Topics.DEAD_LETTER_SUFFIX);
        NewTopic submissions = PipelineKafka.declaredTopics(PipelineKafka.Layout.singleBroker(4)).stream().filter(t -> t.name().equals(Topics.SUBMISSIONS)).findFirst()
                .orElseThrow();
        assertThat(submissions.numPartitions()).isEqualTo(4);
        assertThat(submissions.configs()).containsEntry("max.message.bytes", String.valueOf(Topics.MAX_SUBMISSION_BYTES));
        NewTopic problems = PipelineKafka.declaredTopics(PipelineKafka.Layout.singleBroker(4)).stream().filter(t -> t.name().equals(Topics.PROBLEMS)).findFirst()
                .orElseThrow();
        assertThat(problems.configs()).containsEntry("cleanup.policy", "compact")
                .containsEntry("max.message.bytes", String.valueOf(Topics.MAX_SUBMISSION_BYTES));
        assertThat(names).contains(Topics.PROBLEMS + Topics.DEAD_LETTER_SUFFIX);
    }

    @Test
    void onAClusterEveryTopicIsReplicatedAndASendNeedsTheInSyncCopies() {
        List<NewTopic> topics = PipelineKafka.declaredTopics(new PipelineKafka.Layout(4, 3, 2));

        assertThat(topics).allSatisfy(t -> {
            assertThat(t.replicationFactor()).as(t.name()).isEqualTo((short) 3);
            assertThat(t.configs()).as(t.name()).containsEntry("min.insync.replicas", "2");
        });
    }

    @Test
    void aLayoutNeedingMoreCopiesInSyncThanItKeepsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PipelineKafka.Layout(4, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min.insync.replicas");
    }

    @Test
    void valuesAreJsonWithoutTypeHeadersAndReadBackAsTheDeclaredType() {
        Serializer<Verdict> out = PipelineKafka.jsonSerializer();
        RecordHeaders headers = new RecordHeaders();
        byte[] json = out.serialize(Topics.VERDICTS, headers, VERDICT);
        assertThat(headers.toArray()).isEmpty();
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"status\":\"ACCEPTED\"").doesNotContain("@class");
        Deserializer<Verdict> in = PipelineKafka.jsonDeserializer(Verdict.class);
        assertThat(in.deserialize(Topics.VERDICTS, new RecordHeaders(), json)).isEqualTo(VERDICT);
    }

    @Test
    void anUnreadableValueBecomesNullWithTheReasonInAHeaderInsteadOfAnException() {
        Deserializer<Verdict> in = PipelineKafka.jsonDeserializer(Verdict.class);
        RecordHeaders headers = new RecordHeaders();
        assertThat(in.deserialize(Topics.VERDICTS, headers, "not json".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(headers.toArray()).isNotEmpty();
    }

    @Test
    void theListenerFactoryCommitsOnATimerAndHandlesFailuresAsDeclared() {
        Map<String, Object> config = Map.of("bootstrap.servers", "127.0.0.1:1");
        var factory = PipelineKafka.listenerFactory(config, config, 3, java.time.Duration.ofMillis(250),
                PipelineKafka.jsonDeserializer(Verdict.class));
        assertThat(factory.getContainerProperties().getAckMode())
                .isEqualTo(org.springframework.kafka.listener.ContainerProperties.AckMode.TIME);
        assertThat(factory.getContainerProperties().getAckTime()).isEqualTo(250);
        var perPoll = PipelineKafka.listenerFactory(config, config, 3, null, PipelineKafka.jsonDeserializer(Verdict.class));
        assertThat(perPoll.getContainerProperties().getAckMode())
                .isEqualTo(org.springframework.kafka.listener.ContainerProperties.AckMode.BATCH);
        assertThat(factory).extracting("commonErrorHandler").isInstanceOf(DefaultErrorHandler.class);
    }
}
