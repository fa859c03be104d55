package dev.judge.state;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Redis connections every service shares, and a submission's stores (its id, its state
 * transitions, its views, its kept outputs), wired once; a service imports this and makes the
 * other stores it uses from {@link RedisConnections}.
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
    SubmissionIds submissionIds(RedisConnections redis, StateProperties props) {
        return new SubmissionIds(redis.text(), props.ttl());
    }

    @Bean
    SubmissionTransitions submissionTransitions(RedisConnections redis, StateProperties props) {
        return new SubmissionTransitions(redis.text(), props.ttl());
    }

    @Bean
    SubmissionViews submissionViews(RedisConnections redis) {
        return new SubmissionViews(redis.text());
    }

    @Bean
    KeptOutputs keptOutputs(RedisConnections redis, StateProperties props) {
        return new KeptOutputs(new FullOutputStore(redis.bulk(), props.ttl()));
    }
}
