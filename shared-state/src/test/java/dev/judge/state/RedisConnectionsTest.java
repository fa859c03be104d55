package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.cluster.PartitionSelectorException;
import org.junit.jupiter.api.Test;

class RedisConnectionsTest {

    @Test
    void onlyCommandsTheClusterRefusedWithoutRunningThemAreSentAgain() {
        assertThat(RedisConnections.refusedDuringFailover(new PartitionSelectorException("no owner", null))).isTrue();
        assertThat(RedisConnections.refusedDuringFailover(new RedisCommandExecutionException("CLUSTERDOWN The cluster is down"))).isTrue();
        assertThat(RedisConnections.refusedDuringFailover(new RedisCommandExecutionException("TRYAGAIN Multiple keys"))).isTrue();
        assertThat(RedisConnections.refusedDuringFailover(new RedisCommandExecutionException("OOM command not allowed"))).isFalse();
        assertThat(RedisConnections.refusedDuringFailover(new RedisCommandExecutionException("ERR CLUSTERDOWN in a message"))).isFalse();
        assertThat(RedisConnections.refusedDuringFailover(new RedisException("Command timed out"))).isFalse();
    }
}
