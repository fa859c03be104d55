package dev.judge.api.live;

import dev.judge.state.ProgressChannel;
import dev.judge.state.RedisConnections;
import dev.judge.state.SubmissionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Live progress: this instance's watchers, fed by the progress channel. */
@Configuration(proxyBeanMethods = false)
public class LiveConfiguration {

    @Bean
    Watchers watchers() {
        return new Watchers();
    }

    @Bean(destroyMethod = "close")
    ProgressChannel.Subscription progressSubscription(RedisConnections redis, Watchers watchers) {
        return ProgressChannel.subscribe(redis, watchers::deliver);
    }

    @Bean
    VerdictWaiter verdictWaiter(Watchers watchers, SubmissionStore store) {
        return new VerdictWaiter(watchers, store);
    }
}
