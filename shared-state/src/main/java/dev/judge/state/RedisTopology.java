package dev.judge.state;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens connections to what {@link RedisEndpoint} names: one server ({@link RedisClient}) or a
 * cluster ({@link RedisClusterClient}). Both reconnect on their own and queue commands meanwhile.
 * The cluster client also follows the cluster's topology: it re-reads it every 5 s and at once on
 * a redirection, a slot without an owner or a connection that keeps failing (at most once a
 * second). A node the cluster has marked failed is left out of the topology, so its connection is
 * closed and the commands queued on it go again to the slot's new owner, the promoted replica:
 * without that they would wait for the dead node until they time out. Between the failure and the
 * promotion a slot has no owner; {@link RedisConnections} waits that out.
 */
sealed interface RedisTopology {

    <V> StatefulConnection<String, V> connect(RedisCodec<String, V> codec);

    /** A connection of its own for subscriptions; on a cluster, messages published on any node reach it. */
    StatefulRedisPubSubConnection<String, String> pubSub();

    /**
     * {@code INFO section} of every primary that serves slots, each asked on its own connection,
     * with the first slot it serves (the one server, slot 0, when standalone).
     */
    List<PrimaryInfo> infoOfPrimaries(String section);

    /** What one primary answered, and a slot it serves: a key hashed to that slot is stored on it. */
    record PrimaryInfo(int slot, String info) {
    }

    void shutdown();

    static RedisTopology open(RedisEndpoint endpoint, ClientResources resources) {
        return endpoint.cluster() ? new Cluster(endpoint, resources) : new Standalone(endpoint, resources);
    }

    /** One Redis server. */
    final class Standalone implements RedisTopology {

        private final RedisClient client;
        private StatefulRedisConnection<String, String> admin;

        Standalone(RedisEndpoint endpoint, ClientResources resources) {
            this.client = RedisClient.create(resources, endpoint.nodes().get(0));
            client.setOptions(ClientOptions.builder().autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS).build());
        }

        @Override
        public <V> StatefulConnection<String, V> connect(RedisCodec<String, V> codec) {
            return client.connect(codec);
        }

        @Override
        public StatefulRedisPubSubConnection<String, String> pubSub() {
            return client.connectPubSub();
        }

        @Override
        public synchronized List<PrimaryInfo> infoOfPrimaries(String section) {
            if (admin == null) {
                admin = client.connect();
            }
            return List.of(new PrimaryInfo(0, admin.sync().info(section)));
        }

        @Override
        public void shutdown() {
            client.shutdown();
        }
    }

    /** A Redis Cluster, found from its seed nodes. */
    final class Cluster implements RedisTopology {

        private final RedisClusterClient client;
        private StatefulRedisClusterConnection<String, String> admin;

        Cluster(RedisEndpoint endpoint, ClientResources resources) {
            this.client = RedisClusterClient.create(resources, endpoint.nodes());
            client.setOptions(ClusterClientOptions.builder()
                    .autoReconnect(true)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)
                    .maxRedirects(5)
                    .nodeFilter(node -> !node.is(RedisClusterNode.NodeFlag.FAIL) && !node.is(RedisClusterNode.NodeFlag.NOADDR))
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder()
                            .enablePeriodicRefresh(Duration.ofSeconds(5))
                            .enableAllAdaptiveRefreshTriggers()
                            .adaptiveRefreshTriggersTimeout(Duration.ofSeconds(1))
                            .refreshTriggersReconnectAttempts(2)
                            .build())
                    .build());
        }

        @Override
        public <V> StatefulConnection<String, V> connect(RedisCodec<String, V> codec) {
            return client.connect(codec);
        }

        @Override
        public StatefulRedisPubSubConnection<String, String> pubSub() {
            return client.connectPubSub();
        }

        @Override
        public synchronized List<PrimaryInfo> infoOfPrimaries(String section) {
            if (admin == null) {
                admin = client.connect();
            }
            List<PrimaryInfo> infos = new ArrayList<>();
            for (RedisClusterNode node : admin.getPartitions()) {
                if (node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.getSlots().isEmpty()) {
                    infos.add(new PrimaryInfo(node.getSlots().get(0), admin.getConnection(node.getNodeId()).sync().info(section)));
                }
            }
            return infos;
        }

        @Override
        public void shutdown() {
            client.shutdown();
        }
    }
}
