package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Artifact;
import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.testing.RedisCluster;
import io.lettuce.core.cluster.SlotHash;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What only a Redis Cluster asks of the connections and the keys: slots, every primary, pub/sub across nodes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisClusterIT {

    private final RedisCluster cluster = RedisCluster.shared();
    private final RedisConnections redis = new RedisConnections(cluster.uri());

    @AfterAll
    void close() {
        redis.close();
    }

    @Test
    void theClusterSettingConnectsToACluster() {
        assertThat(redis.cluster()).isTrue();
        assertThat(redis.infoOfPrimaries("memory")).hasSize(3).allSatisfy(info -> assertThat(info).contains("used_memory:"));
    }

    @Test
    void everyKeyOfOneSubmissionSharesItsSlot() {
        String id = UUID.randomUUID().toString();
        Set<Integer> slots = List.of(StateKeys.state(id), StateKeys.output(id, 0), StateKeys.output(id, 41),
                StateKeys.outputsKept(id), StateKeys.submission(id), StateKeys.dispatched(id), StateKeys.stop(id))
                .stream().map(SlotHash::getSlot).collect(Collectors.toSet());

        assertThat(slots).hasSize(1);
    }

    @Test
    void submissionsArtifactsAndTestDataSpreadOverEveryPrimary() {
        List<String> keys = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> {
            String digest = Integer.toHexString(i * 7919) + "ab";
            keys.add(StateKeys.state("spread-" + i));
            keys.add(StateKeys.artifact(digest));
            keys.add(StateKeys.problemData(digest));
        });
        Map<String, List<String>> byKind = keys.stream().collect(Collectors.groupingBy(k -> k.substring(0, k.indexOf(':'))));

        byKind.forEach((kind, ofKind) -> assertThat(ofKind.stream().map(SlotHash::getSlot).map(RedisClusterIT::thirdOfSlots)
                .collect(Collectors.toSet())).as(kind).containsExactlyInAnyOrder(0, 1, 2));
    }

    private static int thirdOfSlots(int slot) {
        return slot * 3 / SlotHash.SLOT_COUNT;
    }

    @Test
    void artifactsInManySlotsAreEvictedInOneCall() {
        ArtifactStore artifacts = new ArtifactStore(redis.bulk());
        List<String> keys = IntStream.range(0, 20).mapToObj(i -> StateKeys.artifact(UUID.randomUUID().toString())).toList();
        keys.forEach(k -> artifacts.put(k, new Artifact(Map.of("prog", new byte[] {1, 2, 3}), List.of("prog")), Duration.ofMinutes(5)));

        assertThat(artifacts.evict(keys)).isEqualTo(keys.size());
        assertThat(keys).allSatisfy(k -> assertThat(artifacts.get(k)).isEmpty());
    }

    @Test
    void progressPublishedThroughAnyNodeReachesEverySubscriber() {
        List<ProgressEvent> first = new CopyOnWriteArrayList<>();
        List<ProgressEvent> second = new CopyOnWriteArrayList<>();
        try (RedisConnections other = new RedisConnections(cluster.uri());
                ProgressChannel.Subscription a = ProgressChannel.subscribe(redis, first::add);
                ProgressChannel.Subscription b = ProgressChannel.subscribe(other, second::add)) {
            List<ProgressEvent> sent = IntStream.range(0, 5).mapToObj(i -> (ProgressEvent) new ProgressEvent.VerdictReady(
                    new Verdict("progress-" + i, Status.ACCEPTED, null, null, List.of(), 0, 0, 0, 0, Verdict.Timings.none())))
                    .toList();
            sent.forEach(e -> ProgressChannel.publish(other.textAsync(), e));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(first).containsExactlyElementsOf(sent);
                assertThat(second).containsExactlyElementsOf(sent);
            });
        }
    }
}
