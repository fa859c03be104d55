package dev.judge.state;

import dev.judge.threads.DaemonThreads;
import dev.judge.model.Json;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * Progress over Redis pub/sub ({@link StateKeys#PROGRESS_CHANNEL}): result-service publishes
 * (fire and forget: the state in Redis stays the truth), every API instance subscribes. A
 * subscriber's handler never runs on the Redis client's I/O thread: messages are handed to a
 * thread of its own, so a handler may call Redis (blocking) without stalling every other command.
 * Messages published while a subscriber's connection is down are lost to it (on a cluster, when
 * the node it subscribed on fails); the connection subscribes again once it is back, and the
 * subscriber is told, so it can read what it missed from the stored state.
 */
public final class ProgressChannel {

    private static final Logger log = LoggerFactory.getLogger(ProgressChannel.class);

    private ProgressChannel() {
    }

    /** Publishes an event without waiting. */
    public static void publish(RedisClusterAsyncCommands<String, String> redis, ProgressEvent event) {
        redis.publish(StateKeys.PROGRESS_CHANNEL, Json.mapper().writeValueAsString(event));
    }

    /** A subscription; close it to stop. */
    public static final class Subscription implements AutoCloseable {

        private final StatefulRedisPubSubConnection<String, String> connection;
        private final ExecutorService handlerThread;

        private Subscription(StatefulRedisPubSubConnection<String, String> connection, ExecutorService handlerThread) {
            this.connection = connection;
            this.handlerThread = handlerThread;
        }

        @Override
        public void close() {
            connection.close();
            handlerThread.shutdownNow();
        }
    }

    /** Delivers every event of the channel to {@code handler}, in order, on one thread of its own. */
    public static Subscription subscribe(RedisConnections redis, Consumer<ProgressEvent> handler) {
        return subscribe(redis, handler, () -> { });
    }

    /**
     * As {@link #subscribe(RedisConnections, Consumer)}; {@code resubscribed} runs (on the same
     * thread) each time the subscription is made again after its connection was lost.
     */
    public static Subscription subscribe(RedisConnections redis, Consumer<ProgressEvent> handler, Runnable resubscribed) {
        ExecutorService handlerThread = Executors.newSingleThreadExecutor(DaemonThreads.named("progress-events"));
        StatefulRedisPubSubConnection<String, String> connection = redis.pubSub();
        AtomicInteger subscriptions = new AtomicInteger();
        connection.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                onHandlerThread(handlerThread, () -> deliver(message, handler));
            }

            @Override
            public void subscribed(String channel, long count) {
                if (subscriptions.getAndIncrement() > 0) {
                    onHandlerThread(handlerThread, () -> catchUp(resubscribed));
                }
            }
        });
        connection.sync().subscribe(StateKeys.PROGRESS_CHANNEL);
        return new Subscription(connection, handlerThread);
    }

    private static void onHandlerThread(ExecutorService handlerThread, Runnable work) {
        try {
            handlerThread.execute(work);
        } catch (RejectedExecutionException closed) {
            // the subscription is closing
        }
    }

    private static void catchUp(Runnable resubscribed) {
        log.info("Subscribed to {} again after a lost connection; catching up from the stored state", StateKeys.PROGRESS_CHANNEL);
        try {
            resubscribed.run();
        } catch (RuntimeException e) {
            log.warn("Catching up after a new subscription failed: {}", e.toString());
        }
    }

    private static void deliver(String message, Consumer<ProgressEvent> handler) {
        ProgressEvent event;
        try {
            event = Json.mapper().readValue(message, ProgressEvent.class);
        } catch (JacksonException e) {
            log.warn("Ignoring an unreadable progress message: {}", e.getOriginalMessage());
            return;
        }
        try {
            handler.accept(event);
        } catch (RuntimeException e) {
            log.warn("A progress handler failed for {}: {}", event.submissionId(), e.toString());
        }
    }
}
