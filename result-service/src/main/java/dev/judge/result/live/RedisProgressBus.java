package dev.judge.result.live;

import dev.judge.model.Json;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/**
 * Progress over Redis pub/sub: the instance that aggregates a submission publishes, every
 * instance (including itself) delivers to its local watchers. No polling anywhere.
 */
public final class RedisProgressBus implements ProgressBus, AutoCloseable {

    static final String CHANNEL = "judge:progress";

    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;

    public RedisProgressBus(RedisClient client, Watchers watchers) {
        this.publisher = client.connect();
        this.subscriber = client.connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                watchers.deliver(Json.mapper().readValue(message, ProgressEvent.class));
            }
        });
        subscriber.sync().subscribe(CHANNEL);
    }

    @Override
    public void testFinished(String id, TestResult result) {
        send(new ProgressEvent(id, ProgressEvent.TEST, Json.mapper().writeValueAsString(result)));
    }

    @Override
    public void verdictReady(Verdict verdict) {
        send(new ProgressEvent(verdict.id(), ProgressEvent.VERDICT, Json.mapper().writeValueAsString(verdict)));
    }

    private void send(ProgressEvent event) {
        publisher.async().publish(CHANNEL, Json.mapper().writeValueAsString(event));
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
    }
}
