package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.testing.RedisServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The shared connections, the bulk pool, reconnection and the health indicator, on real Redis servers. */
class RedisConnectionsIT {

    @Test
    void bulkCommandsBorrowPooledConnectionsInParallelAndGiveThemBack() throws Exception {
        try (RedisConnections redis = new RedisConnections(RedisServer.shared().uri())) {
            byte[] big = new byte[1 << 20];
            ExecutorService threads = Executors.newFixedThreadPool(8);
            CountDownLatch together = new CountDownLatch(8);
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String key = "pool-" + i;
                all.add(CompletableFuture.runAsync(() -> {
                    together.countDown();
                    try {
                        together.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    for (int round = 0; round < 5; round++) {
                        redis.bulk().set(key, big);
                        assertThat(redis.bulk().get(key)).hasSize(big.length);
                    }
                }, threads));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            threads.shutdown();
            assertThat(redis.poolActive()).as("every connection given back").isZero();
            assertThat(redis.poolIdle()).as("parallel transfers used connections of their own").isBetween(2, 8);
            redis.text().set("small", "value");
            assertThat(redis.text().get("small")).isEqualTo("value");
        }
    }

    @Test
    void connectionsComeBackAfterRedisDroppedThem() {
        try (RedisConnections redis = new RedisConnections(RedisServer.shared().uri())) {
            redis.text().set("reconnect", "before");
            redis.bulk().set("reconnect-bulk", "before".getBytes(StandardCharsets.UTF_8));
            // Redis drops every client connection (ours included; the killing one too).
            try (RedisConnections admin = new RedisConnections(RedisServer.shared().uri())) {
                admin.text().clientKill(io.lettuce.core.KillArgs.Builder.typeNormal());
            } catch (io.lettuce.core.RedisException dropped) {
                // the killing connection may be dropped before its answer arrives
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(redis.text().get("reconnect")).isEqualTo("before");
                assertThat(new String(redis.bulk().get("reconnect-bulk"), StandardCharsets.UTF_8)).isEqualTo("before");
            });
            assertThat(new RedisHealthIndicator(redis).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void healthIsDownWhenRedisIsGone() {
        RedisServer own = RedisServer.startPrivate();
        try (RedisConnections redis = new RedisConnections(own.uri())) {
            assertThat(new RedisHealthIndicator(redis).health().getStatus()).isEqualTo(Status.UP);
            own.stop();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(new RedisHealthIndicator(redis).health().getStatus()).isEqualTo(Status.DOWN));
        } finally {
            own.stop();
        }
    }
}
