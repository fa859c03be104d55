package dev.judge.state;

import dev.judge.testing.RedisCluster;

/** Every store's tests again, on a Redis Cluster of three primaries and three replicas. */
class ClusterStoresIT extends StoresIT {

    @Override
    String uri() {
        return RedisCluster.shared().uri();
    }
}
