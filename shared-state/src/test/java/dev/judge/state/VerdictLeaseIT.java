package dev.judge.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lease on publishing a verdict, against a real Redis: one holder at a time, none once the verdict is recorded. */
class VerdictLeaseIT {

    private final VerdictLease lease = new VerdictLease(TestRedis.CONNECTIONS.text(), Duration.ofSeconds(30));

    @Test
    void oneHolderAtATimeAndItsOwnClaimsRenew() {
        String id = TestRedis.id("lease");
        assertThat(lease.claim(id, "a")).isEqualTo(VerdictLease.Claim.MINE);
        assertThat(lease.claim(id, "b")).isEqualTo(VerdictLease.Claim.HELD);
        assertThat(lease.claim(id, "a")).as("a redelivery to the holder").isEqualTo(VerdictLease.Claim.MINE);
        assertThat(lease.claim(id, "b")).isEqualTo(VerdictLease.Claim.HELD);
    }

    @Test
    void nobodyPublishesARecordedVerdict() {
        String id = TestRedis.id("lease");
        assertThat(lease.claim(id, "a")).isEqualTo(VerdictLease.Claim.MINE);
        TestRedis.transitions().saveVerdict(new Verdict(id, Status.ACCEPTED, null, null, List.of(), 0, 0, 0, 0, null));
        assertThat(lease.claim(id, "a")).isEqualTo(VerdictLease.Claim.RECORDED);
        assertThat(lease.claim(id, "b")).isEqualTo(VerdictLease.Claim.RECORDED);
        assertThat(TestRedis.CONNECTIONS.text().exists(StateKeys.publishing(id))).as("recording ended the lease").isZero();
    }

    @Test
    void aDeadHoldersLeaseExpires() {
        VerdictLease brief = new VerdictLease(TestRedis.CONNECTIONS.text(), Duration.ofMillis(300));
        String id = TestRedis.id("lease");
        assertThat(brief.claim(id, "dead")).isEqualTo(VerdictLease.Claim.MINE);
        assertThat(brief.claim(id, "b")).isEqualTo(VerdictLease.Claim.HELD);
        await().atMost(Duration.ofSeconds(10)).until(() -> brief.claim(id, "b") == VerdictLease.Claim.MINE);
    }

    @Test
    void aLeaseMustLast() {
        assertThatThrownBy(() -> new VerdictLease(TestRedis.CONNECTIONS.text(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
