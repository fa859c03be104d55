package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Topics;
import dev.judge.model.Verdict;
import dev.judge.testing.KafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Records a careless or hostile producer may put on the topics: none may stall a partition, and
 * none may change a submission that is not its own.
 */
class HostileRecordsIT {

    /** Far below the five minutes a retried record used to hold its partition. */
    private static final Duration PROMPTLY = Duration.ofSeconds(60);

    private static Pipeline pipeline;
    private static JudgeClient client;

    /** Where the topics ended before this class's records: the late pipeline starts there. */
    private static Map<TopicPartition, OffsetAndMetadata> before;

    @BeforeAll
    static void start() throws Exception {
        before = ends(List.of(Topics.RUNS, Topics.OUTCOMES, Topics.SUBMISSIONS));
        pipeline = new Pipeline("hostile-records").startAll();
        client = new JudgeClient();
    }

    private static Map<TopicPartition, OffsetAndMetadata> ends(List<String> topics) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> ends = new java.util.HashMap<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBroker.bootstrapServers()))) {
            var known = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            for (String topic : topics) {
                if (!known.contains(topic)) {
                    continue;
                }
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)
                        .forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
            }
        }
        return ends;
    }

    @AfterAll
    static void stop() {
        client.close();
        pipeline.close();
    }

    private static String newId(String what) {
        return what + "-" + UUID.randomUUID();
    }

    private static Verdict awaitVerdict(String id) {
        return await().atMost(PROMPTLY).until(() -> client.verdict(id), java.util.Optional::isPresent).get();
    }

    @Test
    void recordsWithoutAValueOrWithJsonNullGoToTheDeadLetterTopicAtOnce() throws Exception {
        String id = newId("after-nulls");
        // The same key puts them on the good submission's partition, in front of it.
        client.sendRaw(Topics.SUBMISSIONS, id, null);
        client.sendRaw(Topics.SUBMISSIONS, id, "null");
        client.sendRaw(Topics.SUBMISSIONS, id, "");
        client.sendRaw(Topics.SUBMISSIONS, id, "[1, 2]");
        client.sendRaw(Topics.RUNS, id + "#0", null);
        client.sendRaw(Topics.RUNS, id + "#0", "null");
        client.sendRaw(Topics.OUTCOMES, id, null);
        client.sendRaw(Topics.OUTCOMES, id, "null");
        client.send(id, Submissions.single(id, "python", "print(input())", "ok", "ok", null));
        assertThat(awaitVerdict(id).status()).isEqualTo(Status.ACCEPTED);
        await().atMost(PROMPTLY).untilAsserted(() -> {
            assertThat(client.deadLetters().stream().filter(r -> id.equals(r.key()) || (id + "#0").equals(r.key()))
                    .map(r -> r.topic()).toList())
                    .contains(Topics.SUBMISSIONS + Topics.DEAD_LETTER_SUFFIX, Topics.RUNS + Topics.DEAD_LETTER_SUFFIX,
                            Topics.OUTCOMES + Topics.DEAD_LETTER_SUFFIX);
        });
        // A stage that starts later reads past them too: a new group reads the topics from before
        // this class's records (not earlier classes' work, which would only take long), and
        // commits all of it (an unreadable record leaves no gap in what it commits).
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBroker.bootstrapServers()))) {
            for (String topic : List.of(Topics.RUNS, Topics.OUTCOMES, Topics.SUBMISSIONS)) {
                String group = switch (topic) {
                    case Topics.RUNS -> "run-hostile-records-late";
                    case Topics.OUTCOMES -> "result-hostile-records-late";
                    default -> "compile-hostile-records-late";
                };
                Map<TopicPartition, OffsetAndMetadata> start = new java.util.HashMap<>();
                before.forEach((tp, offset) -> {
                    if (tp.topic().equals(topic)) {
                        start.put(tp, offset);
                    }
                });
                if (!start.isEmpty()) {
                    admin.alterConsumerGroupOffsets(group, start).all().get(10, TimeUnit.SECONDS);
                }
            }
        }
        try (Pipeline late = new Pipeline("hostile-records-late", true).startAll();
                Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBroker.bootstrapServers()))) {
            await().atMost(PROMPTLY).untilAsserted(() -> {
                for (String topic : List.of(Topics.RUNS, Topics.OUTCOMES, Topics.SUBMISSIONS)) {
                    String group = switch (topic) {
                        case Topics.RUNS -> "run-hostile-records-late";
                        case Topics.OUTCOMES -> "result-hostile-records-late";
                        default -> "compile-hostile-records-late";
                    };
                    assertThat(lag(admin, group, topic)).as("%s behind on %s", group, topic).isZero();
                }
            });
        }
    }

    /** Records of a topic a group has not committed yet. */
    private static long lag(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic).partitions();
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        long lag = 0;
        for (var e : admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            lag += e.getValue().offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    @Test
    void anInvalidRecordUnderARunningSubmissionsIdLeavesItAlone() {
        String id = newId("taken");
        Http.Response accepted = Http.post(pipeline.api(0) + "/api/v1/submissions", """
                {"id": "%s", "language": "python", "source": "import time\\ntime.sleep(1)\\nprint(input())",
                 "tests": [{"stdin": "x", "expectedOutput": "x"}]}
                """.formatted(id));
        assertThat(accepted.status()).isEqualTo(202);
        client.send(id, Submissions.single(id, "cobol", "x", "", "", null));
        await().atMost(PROMPTLY).until(() -> client.allVerdicts(id).size() >= 2);
        assertThat(client.allVerdicts(id)).extracting(Verdict::status)
                .containsExactlyInAnyOrder(Status.ACCEPTED, Status.REJECTED);
        Http.Response state = Http.get(pipeline.api(0) + "/api/v1/submissions/" + id);
        assertThat(state.json().get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void anIdFirstUsedThroughKafkaIsAConflictOverHttpForAnotherBody() {
        String id = newId("kafka-first");
        String body = Submissions.single(id, "python", "print('kafka')", "", "kafka", null);
        client.send(id, body);
        assertThat(awaitVerdict(id).status()).isEqualTo(Status.ACCEPTED);
        Http.Response other = Http.post(pipeline.api(0) + "/api/v1/submissions?wait=true", """
                {"id": "%s", "language": "python", "source": "print('http')", "tests": [{"stdin": "", "expectedOutput": "http"}]}
                """.formatted(id));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("already used").doesNotContain("kafka\\n");
    }
}
