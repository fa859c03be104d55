package dev.judge.kafka;

import dev.judge.threads.DaemonThreads;
import dev.judge.model.Effects;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The one place where what a stage caused ({@link Effects}) reaches Kafka: it sends the records,
 * waits for the broker's acknowledgement ({@code acks=all}), runs the follow-up steps, retries
 * with the declared back-off ({@link PipelineKafka#backOff()}), dead-letters the consumed record
 * after it, and lets its offset be committed. Three ways in, one model:
 *
 * <ul>
 * <li>{@link #poll}: a batch listener's poll (compile- and result-service). Records are handled in
 *     order and their sends waited for once, after the last one; a record that failed is reported
 *     to the container's {@link PipelineKafka#errorHandler}, which commits the records before it,
 *     retries it with the back-off and then dead-letters it.</li>
 * <li>{@link #whenDone}: one record whose effects come later, from another thread (run-service,
 *     whose chunks of one poll run in parallel for very different times). The edge sends them when
 *     they come, retries refused sends itself with the same back-off on a timer (no thread sleeps),
 *     then dead-letters the record; it acknowledges the record only then, and the container
 *     (asynchronous acknowledgements) commits only the contiguous prefix of acknowledged offsets.</li>
 * <li>{@link #deliverNow}: one caller that answers only once its records are safe (the HTTP API).</li>
 * </ul>
 */
public final class DeliveryEdge implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryEdge.class);

    /** Sends one record; the future completes once the broker acknowledged it. */
    @FunctionalInterface
    public interface Sender {

        CompletableFuture<?> send(Effects.Publication publication);
    }

    /** What a stage makes of one record of a poll: the listener turns the record into its domain value here. */
    @FunctionalInterface
    public interface Stage<V> {

        Effects handle(ConsumerRecord<String, V> record) throws Exception;
    }

    private final Sender sender;
    private final ConsumerRecordRecoverer deadLetters;
    private final BackOff backOff;
    /** Follow-ups and dead letters of {@link #whenDone} run here, never on a producer's I/O thread. */
    private final ExecutorService followUps = Executors.newCachedThreadPool(DaemonThreads.named("delivery-follow-up"));

    /**
     * @param deadLetters where a record goes once its effects could not be delivered within the back-off
     *     ({@link #whenDone} only; a batch listener's container dead-letters through its error handler)
     */
    public DeliveryEdge(Sender sender, ConsumerRecordRecoverer deadLetters, BackOff backOff) {
        this.sender = sender;
        this.deadLetters = deadLetters;
        this.backOff = backOff;
    }

    /**
     * Handles a poll's records in order and returns once everything they caused is acknowledged
     * and followed up. Effects with a subject already published by an earlier record of the poll
     * are dropped ({@link Effects#oncePerPoll}).
     *
     * @throws BatchListenerFailedException naming the first record that failed, handled or delivered;
     *     the records before it are settled first
     */
    public <V> void poll(List<ConsumerRecord<String, V>> records, Stage<V> stage) {
        Poll poll = new Poll();
        for (int i = 0; i < records.size(); i++) {
            Effects effects;
            try {
                effects = stage.handle(records.get(i));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                Failure earlier = poll.settle(i);
                throw earlier != null ? failed(records, earlier, "publishing") : failed(records, new Failure(i, e), "handling");
            }
            poll.send(i, effects);
        }
        Failure failure = poll.settle(records.size());
        if (failure != null) {
            throw failed(records, failure, "publishing");
        }
    }

    /**
     * Delivers what one record caused once the stage is done with it, without holding the listener
     * thread: sends, retries refused sends with the back-off, runs the follow-ups, and acknowledges
     * the record. When the back-off is spent, or the stage's work itself failed, the record goes to
     * its dead-letter topic with the reason and is acknowledged, so its partition moves on. If
     * even the dead-letter topic refuses it, it stays unacknowledged (nothing after it is
     * committed) and is delivered again after a restart or a rebalance.
     */
    public void whenDone(ConsumerRecord<String, ?> record, Acknowledgment ack, CompletableFuture<Effects> effects) {
        effects.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                deadLetter(record, ack, cause(failure));
            } else {
                attempt(record, ack, done, backOff.start());
            }
        }, followUps);
    }

    private void attempt(ConsumerRecord<String, ?> record, Acknowledgment ack, Effects effects, BackOffExecution retries) {
        sendAll(effects).whenCompleteAsync((sent, failure) -> {
            Throwable cause = failure == null ? null : cause(failure);
            if (cause == null) {
                try {
                    effects.afterAcknowledged().forEach(Runnable::run);
                    ack.acknowledge();
                    return;
                } catch (RuntimeException e) {
                    cause = e;
                }
            }
            long wait = retries.nextBackOff();
            if (wait == BackOffExecution.STOP) {
                deadLetter(record, ack, cause);
                return;
            }
            log.warn("Delivering what {} caused failed ({}); trying again in {} ms", where(record), cause.getMessage(), wait);
            CompletableFuture.runAsync(() -> attempt(record, ack, effects, retries),
                    CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS, followUps));
        }, followUps);
    }

    private void deadLetter(ConsumerRecord<String, ?> record, Acknowledgment ack, Throwable cause) {
        Exception reason = cause instanceof Exception e ? e : new IllegalStateException(cause);
        try {
            deadLetters.accept(record, reason);
        } catch (RuntimeException e) {
            log.error("{} could be neither delivered nor dead-lettered; left unacknowledged, so it is delivered again "
                    + "after a restart or a rebalance", where(record), e);
            return;
        }
        log.error("{} dead-lettered: {}", where(record), reason.getMessage(), reason);
        ack.acknowledge();
    }

    /**
     * Sends, waits for every acknowledgement, then runs the follow-ups, on the caller's thread.
     *
     * @throws IllegalStateException when a send or a follow-up failed; the caller decides (the API refuses the request)
     */
    public void deliverNow(Effects effects) {
        try {
            sendAll(effects).get();
            effects.afterAcknowledged().forEach(Runnable::run);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private CompletableFuture<Void> sendAll(Effects effects) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (Effects.Publication p : effects.publications()) {
            try {
                sent.add(sender.send(p));
            } catch (RuntimeException e) {   // a send can be refused before it is queued (serialisation, a full buffer)
                sent.add(CompletableFuture.failedFuture(e));
            }
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new));
    }

    private static Throwable cause(Throwable failure) {
        return (failure instanceof CompletionException || failure instanceof ExecutionException) && failure.getCause() != null
                ? failure.getCause() : failure;
    }

    private static String where(ConsumerRecord<String, ?> record) {
        return "record " + record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    @Override
    public void close() {
        followUps.shutdownNow();
    }

    /** One poll's sends, by record position, settled in record order. */
    private final class Poll {

        private final List<Pending> pending = new ArrayList<>();
        private final Set<String> subjects = new HashSet<>();
        private int settled;

        private record Pending(int position, CompletableFuture<Void> sent, List<Runnable> then) {
        }

        void send(int position, Effects effects) {
            if (effects.subject() != null && !subjects.add(effects.subject())) {
                log.info("{} came again in one poll; what it caused is already being published", effects.subject());
                return;
            }
            pending.add(new Pending(position, sendAll(effects), effects.afterAcknowledged()));
        }

        /**
         * Waits for the sends of the records before {@code end} and runs the follow-ups of each one
         * whose sends were all acknowledged; returns the first record that failed, or null.
         */
        Failure settle(int end) {
            Failure first = null;
            for (; settled < pending.size() && pending.get(settled).position() < end; settled++) {
                Pending p = pending.get(settled);
                try {
                    p.sent().get();
                    p.then().forEach(Runnable::run);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return first != null ? first : new Failure(p.position(), e);
                } catch (ExecutionException e) {
                    first = first != null ? first : new Failure(p.position(), e.getCause());
                } catch (RuntimeException e) {
                    first = first != null ? first : new Failure(p.position(), e);
                }
            }
            return first;
        }
    }

    private record Failure(int position, Throwable cause) {
    }

    private static BatchListenerFailedException failed(List<? extends ConsumerRecord<String, ?>> records, Failure failure,
            String what) {
        ConsumerRecord<String, ?> record = records.get(failure.position());
        return new BatchListenerFailedException(what + " " + record.topic() + "-" + record.partition() + "@"
                + record.offset() + " failed: " + failure.cause().getMessage(), failure.cause(), record);
    }
}
