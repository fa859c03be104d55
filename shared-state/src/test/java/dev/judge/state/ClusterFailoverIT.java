package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.testing.RedisCluster;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stores and the progress channel while a primary of a real Redis Cluster is killed and replaced. */
class ClusterFailoverIT {

    private static final Duration TTL = Duration.ofMinutes(5);

    private RedisCluster cluster;
    private RedisConnections redis;

    @BeforeEach
    void start() {
        cluster = RedisCluster.start();
        redis = new RedisConnections(cluster.uri());
    }

    @AfterEach
    void stop() {
        redis.close();
        cluster.stop();
    }

    @Test
    void writesToEverySlotSucceedWhileAPrimaryFailsOverAndNothingAcknowledgedIsLost() {
        SubmissionIds store = new SubmissionIds(redis.text(), TTL);
        List<String> ids = IntStream.range(0, 60).mapToObj(i -> "failover-" + UUID.randomUUID()).toList();
        ids.subList(0, 20).forEach(id -> assertThat(store.queue(id, "digest")).isEqualTo(SubmissionIds.Queued.NEW));

        int victim = cluster.primaries().get(0);
        int heir = cluster.replicaOf(victim);
        cluster.awaitReplicated(victim);   // what the replica never received dies with the primary (asynchronous replication)
        cluster.kill(victim);
        ids.subList(20, 60).forEach(id -> assertThat(store.queue(id, "digest")).isEqualTo(SubmissionIds.Queued.NEW));

        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.primaries().contains(heir));
        assertThat(ids).allSatisfy(id -> assertThat(store.queue(id, "digest")).isEqualTo(SubmissionIds.Queued.SAME_BODY));
    }

    @Test
    void aSubscriberWhoseNodeDiesSubscribesAgainCatchesUpAndHearsLaterMessages() {
        List<ProgressEvent> heard = new CopyOnWriteArrayList<>();
        AtomicInteger catchUps = new AtomicInteger();
        try (ProgressChannel.Subscription ignored = ProgressChannel.subscribe(redis, heard::add, catchUps::incrementAndGet)) {
            int node = await().atMost(Duration.ofSeconds(10)).until(this::nodeWithTheSubscriber, port -> port > 0);
            cluster.kill(node);

            await("subscribed again").atMost(Duration.ofSeconds(30)).until(() -> catchUps.get() > 0);
            ProgressEvent later = new ProgressEvent.VerdictReady(new Verdict("later", Status.ACCEPTED, null, null, List.of(),
                    0, 0, 0, 0, Verdict.Timings.none()));
            await("a message published after").atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                ProgressChannel.publish(redis.textAsync(), later);
                assertThat(heard).contains(later);
            });
        }
    }

    @Test
    void everyPrimaryIsRebuiltOnceAndAgainWhenItsDataIsReplacedOrItFailsOver() {
        StateEpoch epoch = new StateEpoch(redis);
        assertThat(epoch.claimRebuild()).as("a new cluster: every primary").map(c -> c.markers().size()).contains(3);
        assertThat(epoch.claimRebuild()).as("already rebuilt").isEmpty();

        cluster.command(cluster.primaries().get(1), c -> c.sync().flushall());
        assertThat(epoch.claimRebuild()).as("one primary emptied, the others intact").map(c -> c.markers().size()).contains(1);
        assertThat(epoch.claimRebuild()).isEmpty();

        int victim = cluster.primaries().get(0);
        int heir = cluster.replicaOf(victim);
        cluster.kill(victim);
        await().atMost(Duration.ofSeconds(30)).until(() -> cluster.primaries().contains(heir));
        await("the promoted replica's data rebuilt").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> epoch.claimRebuild().map(c -> c.markers().size()).orElse(0) == 1);
        assertThat(epoch.claimRebuild()).isEmpty();
    }

    private int nodeWithTheSubscriber() {
        return cluster.liveNodes().stream().filter(port -> cluster.command(port, c -> c.sync().clientList()).contains("sub=1"))
                .findFirst().orElse(-1);
    }
}
