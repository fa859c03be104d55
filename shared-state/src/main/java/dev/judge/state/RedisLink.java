package dev.judge.state;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;

/**
 * One connection, to a standalone Redis or to a Redis Cluster, with its commands as the interface
 * both share: the stores never know which it is. On a cluster, every key is routed to its slot's
 * primary; multi-key commands such as {@code DEL} of many keys are split by slot.
 */
record RedisLink<V>(StatefulConnection<String, V> connection, RedisClusterCommands<String, V> sync,
        RedisClusterAsyncCommands<String, V> async) {

    @SuppressWarnings("unchecked")
    static <V> RedisLink<V> of(StatefulConnection<String, V> c) {
        if (c instanceof StatefulRedisClusterConnection<?, ?> cluster) {
            StatefulRedisClusterConnection<String, V> cc = (StatefulRedisClusterConnection<String, V>) cluster;
            return new RedisLink<>(c, cc.sync(), cc.async());
        }
        StatefulRedisConnection<String, V> standalone = (StatefulRedisConnection<String, V>) c;
        return new RedisLink<>(c, standalone.sync(), standalone.async());
    }
}
