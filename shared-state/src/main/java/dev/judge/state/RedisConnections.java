package dev.judge.state;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

/**
 * The connections a service holds to Redis: one shared, multiplexed connection for text values
 * and one for binary values (artifacts, outputs). Lettuce connections are thread-safe; blocking
 * commands and subscriptions get connections of their own.
 */
public final class RedisConnections implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> text;
    private final StatefulRedisConnection<String, byte[]> bytes;

    public RedisConnections(String uri) {
        this.client = RedisClient.create(uri);
        this.text = client.connect();
        this.bytes = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    }

    public StatefulRedisConnection<String, String> text() {
        return text;
    }

    public StatefulRedisConnection<String, byte[]> bytes() {
        return bytes;
    }

    /** A connection of its own for subscriptions. */
    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return client.connectPubSub();
    }

    @Override
    public void close() {
        text.close();
        bytes.close();
        client.shutdown();
    }
}
