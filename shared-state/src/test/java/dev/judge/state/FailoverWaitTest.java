package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.cluster.PartitionSelectorException;
import org.junit.jupiter.api.Test;

class FailoverWaitTest {

    @Test
    void onlyCommandsTheClusterRefusedWithoutRunningThemAreSentAgain() {
        assertThat(FailoverWait.refusedDuringFailover(new PartitionSelectorException("no owner", null))).isTrue();
        assertThat(FailoverWait.refusedDuringFailover(new RedisCommandExecutionException("CLUSTERDOWN The cluster is down"))).isTrue();
        assertThat(FailoverWait.refusedDuringFailover(new RedisCommandExecutionException("TRYAGAIN Multiple keys"))).isTrue();
        assertThat(FailoverWait.refusedDuringFailover(new RedisCommandExecutionException("OOM command not allowed"))).isFalse();
        assertThat(FailoverWait.refusedDuringFailover(new RedisCommandExecutionException("ERR CLUSTERDOWN in a message"))).isFalse();
        assertThat(FailoverWait.refusedDuringFailover(new RedisConnectionException("Unable to connect"))).isTrue();
        assertThat(FailoverWait.refusedDuringFailover(new RedisException(new java.net.ConnectException("refused")))).isTrue();
        assertThat(FailoverWait.refusedDuringFailover(new RedisException("Command timed out"))).isFalse();
    }
}
