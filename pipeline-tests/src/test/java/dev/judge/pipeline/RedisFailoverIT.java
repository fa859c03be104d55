package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.testing.RedisCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on a Redis Cluster of three primaries and three replicas. In the middle of a burst,
 * with clients waiting for verdicts ({@code wait=true}), the primary holding api-service's progress
 * subscription is SIGKILLed (a replica holding it is first made primary with a coordinated
 * {@code CLUSTER FAILOVER}) and its replica takes over; the killed node comes back as a replica.
 * Every accepted submission gets its verdict, and every wait is answered with one long before the
 * API's own wait time-out: broadcasts lost with the subscription's node are caught up from Redis.
 */
class RedisFailoverIT {

    private static final String GROUP = "redis-ha-" + UUID.randomUUID().toString().substring(0, 6);

    private static RedisCluster redis;
    private static Pipeline pipeline;
    private static final ExecutorService waiters = Executors.newFixedThreadPool(6);

    @BeforeAll
    static void start() {
        redis = RedisCluster.start();
        pipeline = new Pipeline(GROUP).with(Map.of("JUDGE_REDIS_URI", redis.uri(), "JUDGE_API_WAIT_TIMEOUT", "110s")).startAll();
    }

    @AfterAll
    static void stop() {
        waiters.shutdownNow();
        if (pipeline != null) {
            pipeline.close();
        }
        redis.stop();
    }

    @Test
    void aPrimaryKilledMidBurstLosesNothingAndWaitsAreStillAnswered() {
        String api = pipeline.api(0);
        FaultBurst burst = new FaultBurst(api, "redis-fault");
        burst.send(8);

        int victim = primaryWithTheSubscription();
        int heir = redis.replicaOf(victim);
        redis.kill(victim);
        List<CompletableFuture<Http.Response>> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = "redis-wait-" + UUID.randomUUID().toString().substring(0, 8);
            waits.add(CompletableFuture.supplyAsync(() -> Http.post(api + "/api/v1/submissions?wait=true", FaultBurst.body(id)), waiters));
        }
        burst.send(8);
        await("the replica of the killed primary promoted").atMost(Duration.ofSeconds(30))
                .until(() -> redis.primaries().contains(heir));
        redis.restart(victim);
        burst.send(8);
        redis.awaitHealthy();

        burst.awaitEveryVerdict(Duration.ofSeconds(60));
        await("every wait answered").atMost(Duration.ofSeconds(30)).until(() -> waits.stream().allMatch(CompletableFuture::isDone));
        assertThat(waits).allSatisfy(w -> {
            Http.Response r = w.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("status").asString()).isEqualTo("ACCEPTED");
        });
        assertThat(redis.replicas()).contains(victim);
    }

    /** The node holding api-service's progress subscription, made a primary first if it is a replica. */
    private static int primaryWithTheSubscription() {
        int node = await("the progress subscription").atMost(Duration.ofSeconds(10)).until(() -> redis.liveNodes().stream()
                .filter(port -> redis.command(port, c -> c.sync().clientList()).contains("sub=1")).findFirst().orElse(-1),
                port -> port > 0);
        if (!redis.primaries().contains(node)) {
            redis.command(node, c -> c.sync().clusterFailover(false));
            await("node " + node + " promoted").atMost(Duration.ofSeconds(30)).until(() -> redis.primaries().contains(node));
            redis.awaitHealthy();
        }
        return node;
    }
}
