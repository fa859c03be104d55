package dev.judge.compile.metrics;

import dev.judge.sandbox.BoxPool;
import io.lettuce.core.api.StatefulRedisConnection;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Tells the API how many boxes this instance has and how many are idle (Judge0's /workers). */
@Component
class WorkerHeartbeat {

    private static final String KEY = "workers:compile:" + ManagementFactory.getRuntimeMXBean().getName();

    private final BoxPool boxes;
    private final StatefulRedisConnection<String, byte[]> redis;

    WorkerHeartbeat(BoxPool boxes, StatefulRedisConnection<String, byte[]> redis) {
        this.boxes = boxes;
        this.redis = redis;
    }

    @Scheduled(fixedDelay = 5000)
    void beat() {
        redis.async().hset(KEY, Map.of("boxes", bytes(boxes.size()), "idle", bytes(boxes.available())));
        redis.async().expire(KEY, 15);
    }

    private static byte[] bytes(int n) {
        return String.valueOf(n).getBytes(StandardCharsets.UTF_8);
    }
}
