package dev.judge.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.state.ProgressEvent;
import dev.judge.state.RedisConnections;
import dev.judge.state.SubmissionTransitions;
import dev.judge.state.SubmissionViews;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A wait=true request of either API against a real Redis: its place among the waits, and the verdict it is answered with. */
class VerdictWaiterIT {

    private static final RedisConnections redis = new RedisConnections(RedisServer.shared().uri());
    private static final ExecutorService work = Executors.newFixedThreadPool(2);

    private final Watchers watchers = new Watchers();
    private final Admission waits = new Admission("waiting requests", 1, 10);
    private final VerdictWaiter waiter = new VerdictWaiter(watchers, new SubmissionViews(redis.text()), work, waits,
            Duration.ofSeconds(30));

    @AfterAll
    static void close() {
        work.shutdownNow();
        redis.close();
    }

    private static String id() {
        return "wait-" + UUID.randomUUID();
    }

    private static Verdict verdict(String id) {
        return new Verdict(id, Status.ACCEPTED, null, null, List.of(), 0, 0, 0, 0, new Verdict.Timings(0, 0, 0, 0));
    }

    @Test
    void aWaitIsAnsweredWithTheVerdictItsBroadcastCarried() throws Exception {
        String id = id();
        CompletableFuture<VerdictWaiter.Waited<String>> waited = waiter.submitAndAwait("client", () -> id, s -> s);
        assertThat(waits.inUse()).isEqualTo(1);
        await().until(() -> watchers.count() == 1);
        watchers.deliver(new ProgressEvent.VerdictReady(verdict(id)));
        VerdictWaiter.Waited<String> answer = waited.get(5, TimeUnit.SECONDS);
        assertThat(answer.sent()).isEqualTo(id);
        assertThat(answer.verdict()).as("nothing is in Redis: the verdict came with the broadcast").contains(verdict(id));
        await().until(() -> waits.inUse() == 0);
    }

    @Test
    void aVerdictStoredBeforeTheWaitBeganIsFoundInTheStore() throws Exception {
        String id = id();
        new SubmissionTransitions(redis.text(), Duration.ofMinutes(5)).saveVerdict(verdict(id));
        assertThat(waiter.submitAndAwait("client", () -> id, s -> s).get(5, TimeUnit.SECONDS).verdict()).contains(verdict(id));
    }

    @Test
    void aWaitThatTimesOutHasNoVerdict() throws Exception {
        VerdictWaiter quick = new VerdictWaiter(watchers, new SubmissionViews(redis.text()), work, waits,
                Duration.ofMillis(50));
        assertThat(quick.submitAndAwait("client", VerdictWaiterIT::id, s -> s).get(5, TimeUnit.SECONDS).verdict())
                .isEqualTo(Optional.empty());
        await().until(() -> waits.inUse() == 0);
    }

    @Test
    void aSendThatFailsGivesThePlaceBackAtOnce() {
        assertThatThrownBy(() -> waiter.<String>submitAndAwait("client", () -> {
            throw new IllegalStateException("refused");
        }, s -> s)).hasMessage("refused");
        assertThat(waits.inUse()).isZero();
    }

    @Test
    void aClientOverItsCapIsRefusedBeforeAnythingIsSent() {
        waiter.submitAndAwait("client", VerdictWaiterIT::id, s -> s);
        AtomicBoolean sent = new AtomicBoolean();
        assertThatThrownBy(() -> waiter.submitAndAwait("client", () -> {
            sent.set(true);
            return id();
        }, s -> s)).isInstanceOf(Admission.LimitExceededException.class);
        assertThat(sent).isFalse();
    }
}
