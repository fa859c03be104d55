package dev.judge.kafka;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * A service whose Kafka consumer stopped is not healthy, whatever else still answers: DOWN as
 * soon as any listener container is not in the state it should be in (its consumer thread died,
 * of an error or of memory running out), so an orchestrator restarts it.
 */
public final class ListenerHealthIndicator implements HealthIndicator {

    private final KafkaListenerEndpointRegistry registry;

    public ListenerHealthIndicator(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            boolean ok = container.isInExpectedState();
            health.withDetail(container.getListenerId(), ok ? "consuming" : "stopped");
            if (!ok) {
                health.down();
            }
        }
        return health.build();
    }
}
