package dev.judge.state;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.support.ConnectionPoolSupport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

/**
 * The connections a service holds to Redis, a standalone server or a Redis Cluster
 * ({@link RedisEndpoint}; the stores see the commands both share). Small commands (states, marks,
 * counters) share one multiplexed connection for text and one for bytes: Lettuce connections are
 * thread-safe, and one socket pipelines them best. Bulk transfers (artifacts, full outputs: up to
 * megabytes each) go through a pool of connections of their own ({@link #bulk()}), so a large
 * value never holds the small commands up behind it on the shared socket; subscriptions get their
 * own connection too.
 *
 * <p>The pool follows the design: at most 100 connections, idle ones closed after 30 s, each
 * checked when borrowed and while idle, and replaced when broken. Every connection reconnects on
 * its own after a loss, with exponential back-off from 100 ms to 10 s.
 *
 * <p>On a cluster, a command refused while a failed primary's replica is being promoted is sent
 * again ({@link FailoverWait}): callers see a failover as a slower command, not an error.
 */
public final class RedisConnections implements AutoCloseable {

    static final int POOL_MAX = 100;
    static final Duration POOL_IDLE = Duration.ofSeconds(30);
    private static final RedisCodec<String, byte[]> BYTES = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);

    private final ClientResources resources;
    private final RedisTopology topology;
    private final RedisLink<String> text;
    private final RedisLink<byte[]> bytes;
    private final GenericObjectPool<StatefulConnection<String, byte[]>> pool;
    private final RedisClusterCommands<String, byte[]> bulk;
    private final RedisClusterCommands<String, String> textCommands;
    private final RedisClusterCommands<String, byte[]> bytesCommands;

    public RedisConnections(String uri) {
        this(uri, true);
    }

    /** @param bulkPool false: bulk values share the bytes connection too (to measure what the pool changes) */
    public RedisConnections(String uri, boolean bulkPool) {
        RedisEndpoint endpoint = RedisEndpoint.parse(uri);
        this.resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(10), 2, TimeUnit.MILLISECONDS))
                .build();
        this.topology = RedisTopology.open(endpoint, resources);
        this.text = RedisLink.of(topology.connect(StringCodec.UTF8));
        this.bytes = RedisLink.of(topology.connect(BYTES));
        GenericObjectPoolConfig<StatefulConnection<String, byte[]>> config = new GenericObjectPoolConfig<>();
        config.setMaxTotal(POOL_MAX);
        config.setMaxIdle(POOL_MAX);
        config.setMinIdle(0);
        config.setMinEvictableIdleDuration(POOL_IDLE);
        config.setTimeBetweenEvictionRuns(Duration.ofSeconds(10));
        config.setTestOnBorrow(true);
        config.setTestWhileIdle(true);
        config.setMaxWait(Duration.ofSeconds(10));
        this.pool = ConnectionPoolSupport.createGenericObjectPool(() -> topology.connect(BYTES), config);
        this.bulk = bulkPool ? pooled() : waitingOutFailovers(bytes.sync());
        this.textCommands = waitingOutFailovers(text.sync());
        this.bytesCommands = waitingOutFailovers(bytes.sync());
    }

    /** Whether this is a Redis Cluster. */
    public boolean cluster() {
        return topology instanceof RedisTopology.Cluster;
    }

    /** Commands on the shared text connection. */
    public RedisClusterCommands<String, String> text() {
        return textCommands;
    }

    /** The same connection's commands that do not wait for their reply. */
    public RedisClusterAsyncCommands<String, String> textAsync() {
        return text.async();
    }

    /** Commands on the shared bytes connection, for small binary values. */
    public RedisClusterCommands<String, byte[]> bytes() {
        return bytesCommands;
    }

    /** Commands for bulk values: each call borrows a pooled connection and gives it back. */
    public RedisClusterCommands<String, byte[]> bulk() {
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
        return topology.pubSub();
    }

    /** {@code INFO section} of every primary: one on a standalone server, one per primary on a cluster. */
    public List<String> infoOfPrimaries(String section) {
        return topology.infoOfPrimaries(section).stream().map(RedisTopology.PrimaryInfo::info).toList();
    }

    /** {@code INFO section} of every primary, with a slot each serves. */
    List<RedisTopology.PrimaryInfo> infoOfPrimariesBySlot(String section) {
        return topology.infoOfPrimaries(section);
    }

    /** Commands for bulk values, each call on a connection borrowed from the pool and given back. */
    private RedisClusterCommands<String, byte[]> pooled() {
        return FailoverWait.commands((method, args) -> {
            StatefulConnection<String, byte[]> c = pool.borrowObject();
            try {
                return method.invoke(RedisLink.of(c).sync(), args);
            } finally {
                pool.returnObject(c);
            }
        });
    }

    private <V> RedisClusterCommands<String, V> waitingOutFailovers(RedisClusterCommands<String, V> target) {
        return cluster() ? FailoverWait.commands((method, args) -> method.invoke(target, args)) : target;
    }

    @Override
    public void close() {
        pool.close();
        text.connection().close();
        bytes.connection().close();
        topology.shutdown();
        resources.shutdown();
    }
}
