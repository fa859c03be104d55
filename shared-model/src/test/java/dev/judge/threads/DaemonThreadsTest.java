package dev.judge.threads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

    @Test
    void aFactorysThreadsAreDaemonsNamedForTheirWork() {
        Thread t = DaemonThreads.named("backlog").newThread(() -> { });
        assertThat(t.isDaemon()).isTrue();
        assertThat(t.getName()).isEqualTo("backlog");
        assertThat(t.getState()).isEqualTo(Thread.State.NEW);
    }

    @Test
    void anUnstartedThreadRunsItsWorkOnceStarted() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        Thread t = DaemonThreads.unstarted("dispatcher", ran::countDown);
        assertThat(t.isDaemon()).isTrue();
        assertThat(ran.getCount()).as("not started yet").isEqualTo(1);
        t.start();
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
