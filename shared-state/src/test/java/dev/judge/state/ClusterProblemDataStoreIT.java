package dev.judge.state;

import dev.judge.testing.RedisCluster;

/** Test data stored by content on a Redis Cluster, where the upload and the file are in different slots. */
class ClusterProblemDataStoreIT extends ProblemDataStoreIT {

    @Override
    String uri() {
        return RedisCluster.shared().uri();
    }
}
