package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Topics;
import dev.judge.testing.KafkaCluster;
import dev.judge.testing.RedisCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on clusters, as {@code ./judge up --cluster} runs it: three brokers, with its topics
 * in three copies of which two must hold a record before a send succeeds, and a Redis Cluster of
 * three primaries and three replicas. The broker leading {@code judge.submissions} is SIGKILLed in the middle
 * of a burst and started again later: submissions are still accepted while it is down, and every
 * accepted one gets exactly one verdict, visible over HTTP and on {@code judge.verdicts}.
 */
class BrokerFailoverIT {

    private static final String GROUP = "brokers-" + UUID.randomUUID().toString().substring(0, 6);

    private static KafkaCluster kafka;
    private static RedisCluster redis;
    private static Pipeline pipeline;
    private static JudgeClient client;

    @BeforeAll
    static void start() {
        kafka = KafkaCluster.start();
        redis = RedisCluster.start();
        pipeline = new Pipeline(GROUP, true).with(Map.of("JUDGE_KAFKA", kafka.bootstrapServers(),
                "JUDGE_REPLICATION", "3", "JUDGE_MIN_INSYNC_REPLICAS", "2", "JUDGE_REDIS_URI", redis.uri())).startAll();
        client = new JudgeClient(kafka.bootstrapServers());
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        kafka.stop();
        redis.stop();
    }

    @Test
    void aBrokerKilledMidBurstLosesNothingAndTheStackKeepsAccepting() throws Exception {
        await("the topics on every broker").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .untilAsserted(BrokerFailoverIT::assertTopicsReplicated);
        FaultBurst burst = new FaultBurst(pipeline.api(0), "broker-fault");
        burst.send(10);

        int victim = leaderOfSubmissions();
        kafka.kill(victim);
        List<String> whileDown = burst.send(10);
        kafka.restart(victim);
        burst.send(10);
        kafka.awaitBrokers(3);

        assertThat(whileDown).hasSize(10);
        burst.awaitEveryVerdict(Duration.ofSeconds(60));
        await("each verdict on judge.verdicts").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(burst.accepted()).allSatisfy(id -> assertThat(client.allVerdicts(id)).isNotEmpty()));
        assertThat(burst.accepted()).allSatisfy(id -> assertThat(client.allVerdicts(id)).as(id).hasSize(1));
    }

    private static void assertTopicsReplicated() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            List<String> topics = List.of(Topics.SUBMISSIONS, Topics.RUNS, Topics.OUTCOMES, Topics.VERDICTS);
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
            assertThat(described.values()).allSatisfy(t -> assertThat(t.partitions())
                    .allSatisfy(p -> assertThat(p.replicas()).as(t.name()).hasSize(3)));
            var configs = admin.describeConfigs(topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList())
                    .all().get();
            assertThat(configs.values()).allSatisfy(c -> assertThat(c.get("min.insync.replicas").value()).isEqualTo("2"));
        }
    }

    private static int leaderOfSubmissions() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            return admin.describeTopics(List.of(Topics.SUBMISSIONS)).allTopicNames().get().get(Topics.SUBMISSIONS)
                    .partitions().get(0).leader().id();
        }
    }
}
