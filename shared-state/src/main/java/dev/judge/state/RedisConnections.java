package dev.judge.state;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.support.ConnectionPoolSupport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * The connections a service holds to Redis. Small commands (states, marks, counters) share one
 * multiplexed connection for text and one for bytes: Lettuce connections are thread-safe, and one
 * socket pipelines them best. Bulk transfers (artifacts, full outputs: up to megabytes each) go
 * through a pool of connections of their own ({@link #bulk()}), so a large value never holds the
 * small commands up behind it on the shared socket; subscriptions get their own connection too.
 *
 * <p>The pool follows the design: at most 100 connections, idle ones closed after 30 s, each
 * checked when borrowed and while idle, and replaced when broken. Every connection reconnects on
 * its own after a loss, with exponential back-off from 100 ms to 10 s.
 */
public final class RedisConnections implements AutoCloseable {

    static final int POOL_MAX = 100;
    static final Duration POOL_IDLE = Duration.ofSeconds(30);
    private static final RedisCodec<String, byte[]> BYTES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final ClientResources resources;
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> text;
    private final StatefulRedisConnection<String, byte[]> bytes;
    private final GenericObjectPool<StatefulRedisConnection<String, byte[]>> pool;
    private final RedisCommands<String, byte[]> bulk;

    public RedisConnections(String uri) {
        this(uri, true);
    }

    /** @param bulkPool false: bulk values share the bytes connection too (to measure what the pool changes) */
    public RedisConnections(String uri, boolean bulkPool) {
        this.resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(10), 2, java.util.concurrent.TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder().autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS).build());
        this.text = client.connect();
        this.bytes = client.connect(BYTES);
        GenericObjectPoolConfig<StatefulRedisConnection<String, byte[]>> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(POOL_MAX);
        config.setMaxIdle(POOL_MAX);
        config.setMinIdle(0);
        config.setMinEvictableIdleDuration(POOL_IDLE);
        config.setTimeBetweenEvictionRuns(Duration.ofSeconds(10));
        config.setTestOnBorrow(true);
        config.setTestWhileIdle(true);
        config.setMaxWait(Duration.ofSeconds(10));
        this.pool = ConnectionPoolSupport.createGenericObjectPool(() -> client.connect(BYTES), config);
        this.bulk = bulkPool ? pooled() : bytes.sync();
    }

    public StatefulRedisConnection<String, String> text() {
        return text;
    }

    public StatefulRedisConnection<String, byte[]> bytes() {
        return bytes;
    }

    /** Commands for bulk values: each call borrows a pooled connection and gives it back. */
    public RedisCommands<String, byte[]> bulk() {
        return bulk;
    }

    /** Connections the bulk pool holds now: in use, and idle. */
    public int poolActive() {
        return pool.getNumActive();
    }

    public int poolIdle() {
        return pool.getNumIdle();
    }

    /** A connection of its own for subscriptions. */
    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return client.connectPubSub();
    }

    @SuppressWarnings("unchecked")
    private RedisCommands<String, byte[]> pooled() {
        return (RedisCommands<String, byte[]>) Proxy.newProxyInstance(RedisCommands.class.getClassLoader(),
                new Class<?>[] {RedisCommands.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(this, args);
                    }
                    StatefulRedisConnection<String, byte[]> c = pool.borrowObject();
                    try {
                        return method.invoke(c.sync(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        pool.returnObject(c);
                    }
                });
    }

    @Override
    public void close() {
        pool.close();
        text.close();
        bytes.close();
        client.shutdown();
        resources.shutdown();
    }
}
