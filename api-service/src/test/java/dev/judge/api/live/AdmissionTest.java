package dev.judge.api.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Admission: so many long-lived requests per client, so many in all, each place given back once. */
class AdmissionTest {

    private final Admission waits = new Admission("waits", 2, 3);

    @Test
    void aClientBeyondItsShareIsRefusedWith429() {
        waits.enter("10.0.0.1");
        waits.enter("10.0.0.1");
        assertThatThrownBy(() -> waits.enter("10.0.0.1"))
                .isInstanceOfSatisfying(Admission.LimitExceededException.class, e -> assertThat(e.perClient()).isTrue())
                .hasMessage("at most 2 waits per client; close some first");
        assertThat(waits.inUse()).isEqualTo(2);
    }

    @Test
    void anotherClientStillGetsIn() {
        waits.enter("10.0.0.1");
        waits.enter("10.0.0.1");
        waits.enter("10.0.0.2");
        assertThat(waits.inUse()).isEqualTo(3);
    }

    @Test
    void beyondTheTotalEveryoneIsRefusedWith503() {
        waits.enter("a");
        waits.enter("b");
        waits.enter("c");
        assertThatThrownBy(() -> waits.enter("d"))
                .isInstanceOfSatisfying(Admission.LimitExceededException.class, e -> assertThat(e.perClient()).isFalse())
                .hasMessage("the service holds 3 waits; retry later");
        assertThat(waits.inUse()).isEqualTo(3);
    }

    @Test
    void aRefusalTakesNoPlace() {
        waits.enter("a");
        waits.enter("a");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> waits.enter("a")).isInstanceOf(Admission.LimitExceededException.class);
        }
        waits.enter("b");
        assertThat(waits.inUse()).isEqualTo(3);
    }

    @Test
    void closingATicketGivesItsPlaceBack() {
        Admission.Ticket first = waits.enter("a");
        waits.enter("a");
        first.close();
        assertThat(waits.inUse()).isEqualTo(1);
        waits.enter("a");
        assertThat(waits.inUse()).isEqualTo(2);
    }

    @Test
    void aTicketClosedTwiceGivesItsPlaceBackOnce() {
        Admission.Ticket ticket = waits.enter("a");
        waits.enter("a");
        ticket.close();
        ticket.close();
        assertThat(waits.inUse()).isEqualTo(1);
        waits.enter("a");
        assertThatThrownBy(() -> waits.enter("a")).isInstanceOf(Admission.LimitExceededException.class);
    }

    @Test
    void aTotalFreedByAnyClientAdmitsTheNext() {
        waits.enter("a");
        waits.enter("b");
        try (Admission.Ticket c = waits.enter("c")) {
            assertThatThrownBy(() -> waits.enter("d")).isInstanceOf(Admission.LimitExceededException.class);
        }
        waits.enter("d");
        assertThat(waits.inUse()).isEqualTo(3);
    }

    @Test
    void theAnswerIs429ForTheClientAnd503ForTheServiceWithWhenToRetry() {
        waits.enter("a");
        waits.enter("a");
        Admission.LimitExceededException client = catchLimit(() -> waits.enter("a"));
        waits.enter("b");
        Admission.LimitExceededException service = catchLimit(() -> waits.enter("c"));
        var tooMany = client.answer(5).build();
        assertThat(tooMany.getStatusCode().value()).isEqualTo(429);
        assertThat(tooMany.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(service.answer(7).build().getStatusCode().value()).isEqualTo(503);
    }

    private static Admission.LimitExceededException catchLimit(Runnable entering) {
        try {
            entering.run();
        } catch (Admission.LimitExceededException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
