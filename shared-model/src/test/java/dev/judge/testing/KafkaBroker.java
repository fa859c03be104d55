package dev.judge.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real Kafka broker (KRaft, in this JVM), started once per test JVM. */
public final class KafkaBroker {

    private static EmbeddedKafkaKraftBroker shared;

    private KafkaBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (shared == null) {
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 4);
            broker.brokerProperties(java.util.Map.of(
                    "message.max.bytes", String.valueOf(17 * 1024 * 1024),
                    "group.initial.rebalance.delay.ms", "0",
                    "offsets.topic.replication.factor", "1"));
            broker.afterPropertiesSet();
            shared = broker;
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        }
        return shared.getBrokersAsString();
    }
}
