package dev.judge.state;

import dev.judge.testing.RedisCluster;
import dev.judge.testing.RedisServer;

/**
 * Collection on a Redis Cluster: versions and files spread over every primary, which the scans
 * must all visit. On the suite's shared cluster: other classes' files without a version may go
 * too, which none of them reads after it ended.
 */
class ClusterProblemDataCollectorIT extends ProblemDataCollectorIT {

    @Override
    RedisServer server() {
        return null;
    }

    @Override
    String uri() {
        return RedisCluster.shared().uri();
    }
}
