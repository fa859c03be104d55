package dev.judge.state;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Redis connections every service shares, and the submission store, wired once; a service
 * imports this and makes the other stores it uses from {@link RedisConnections}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StateProperties.class)
public class StateConfiguration {

    @Bean(destroyMethod = "close")
    RedisConnections redisConnections(StateProperties props) {
        return new RedisConnections(props.redisUri(), props.bulkPool());
    }

    /** The {@code redis} health contributor. */
    @Bean
    RedisHealthIndicator redisHealthIndicator(RedisConnections redis) {
        return new RedisHealthIndicator(redis);
    }

    @Bean
    SubmissionStore submissionStore(RedisConnections redis, StateProperties props) {
        return SubmissionStore.on(redis, props.ttl());
    }
}
