package dev.judge.api.live;

import dev.judge.threads.DaemonThreads;
import dev.judge.api.ApiProperties;
import dev.judge.state.ProgressChannel;
import dev.judge.state.RedisConnections;
import dev.judge.state.SubmissionViews;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Live progress: this instance's watchers, fed by the progress channel; waits and event streams,
 * capped per client and in all, completed and written on a bounded executor of their own.
 */
@Configuration(proxyBeanMethods = false)
public class LiveConfiguration {

    @Bean
    Watchers watchers() {
        return new Watchers();
    }

    @Bean(destroyMethod = "close")
    ProgressChannel.Subscription progressSubscription(RedisConnections redis, Watchers watchers, SubmissionViews store) {
        return ProgressChannel.subscribe(redis, watchers::deliver, () -> catchUp(watchers, store));
    }

    /** After the subscription was lost and made again: verdicts broadcast meanwhile, read from the stored state. */
    static void catchUp(Watchers watchers, SubmissionViews store) {
        MissedVerdicts.deliverStored(watchers, store);
    }

    /** Every 5 s, the watched submissions' stored verdicts: a broadcast lost in a failover still reaches its waits. */
    @Bean(destroyMethod = "close")
    MissedVerdicts missedVerdicts(Watchers watchers, SubmissionViews views, ScheduledExecutorService heartbeats) {
        return new MissedVerdicts(watchers, views, heartbeats, 5);
    }

    /** Where waits complete and stream events are written: never a request thread, never the broadcast's. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService liveWork(ApiProperties props) {
        return Executors.newFixedThreadPool(props.liveThreads(), DaemonThreads.named("live-work"));
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService heartbeats() {
        return Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("stream-heartbeats"));
    }

    @Bean
    VerdictWaiter verdictWaiter(Watchers watchers, SubmissionViews views, ExecutorService liveWork,
            Admission waitAdmission, ApiProperties props) {
        return new VerdictWaiter(watchers, views, liveWork, waitAdmission, props.waitTimeout());
    }

    @Bean
    Admission waitAdmission(ApiProperties props) {
        return new Admission("waiting requests", props.waitsPerClient(), props.waitsTotal());
    }

    @Bean
    Admission streamAdmission(ApiProperties props) {
        return new Admission("event streams", props.streamsPerClient(), props.streamsTotal());
    }
}
