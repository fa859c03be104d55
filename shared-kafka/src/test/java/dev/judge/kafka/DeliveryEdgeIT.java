package dev.judge.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Effects;
import dev.judge.testing.KafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.util.backoff.FixedBackOff;

/**
 * run-service's way through the edge on a real broker: records acknowledged out of order as
 * their effects are acknowledged, offsets committed only up to the first one still in flight,
 * and a record whose effects the broker never takes dead-lettered after the back-off.
 */
class DeliveryEdgeIT {

    private final String topic = "edge-it-" + UUID.randomUUID();
    private final String group = "edge-it-" + UUID.randomUUID();
    private final Map<Long, CompletableFuture<Effects>> inFlight = new ConcurrentHashMap<>();
    private ConcurrentMessageListenerContainer<String, String> container;
    private DeliveryEdge edge;

    private static Map<String, Object> producerConfig() {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
    }

    private void start(DeliveryEdge.Sender sender) throws Exception {
        createTopic();
        KafkaTemplate<String, Object> template = PipelineKafka.template(producerConfig());
        edge = new DeliveryEdge(sender != null ? sender : p -> template.send(p.topic(), p.key(), p.value()),
                PipelineKafka.deadLetterRecoverer(PipelineKafka.deadLetterTemplate(producerConfig())),
                new FixedBackOff(50, 2));
        Map<String, Object> consumer = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var factory = PipelineKafka.listenerFactory(consumer, producerConfig(), 1, null, new StringDeserializer());
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        factory.getContainerProperties().setAsyncAcks(true);
        container = factory.createContainer(topic);
        container.setupMessageListener((AcknowledgingMessageListener<String, String>) (record, ack) -> {
            CompletableFuture<Effects> effects = inFlight.computeIfAbsent(record.offset(), o -> new CompletableFuture<>());
            edge.whenDone(record, ack, effects);
        });
        container.start();
    }

    /** The topic exists before the consumer subscribes, so it is assigned at once, not at a metadata refresh. */
    private void createTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBroker.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
    }

    @AfterEach
    void stop() {
        if (container != null) {
            container.stop();
        }
        if (edge != null) {
            edge.close();
        }
    }

    private void send(String... values) throws Exception {
        createTopic();
        KafkaTemplate<String, Object> template = PipelineKafka.template(producerConfig());
        for (String value : values) {
            template.send(topic, 0, value, value).join();
        }
    }

    private long committed() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaBroker.bootstrapServers()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(topic, 0));
            return offset == null ? 0 : offset.offset();
        }
    }

    private CompletableFuture<Effects> chunk(long offset) {
        await().atMost(Duration.ofSeconds(60)).until(() -> inFlight.containsKey(offset));
        return inFlight.get(offset);
    }

    @Test
    void offsetsAreCommittedOnlyUpToTheFirstRecordWhoseEffectsAreNotYetAcknowledged() throws Exception {
        // All three are there before the consumer's first poll, so they arrive together: the container
        // holds back the next poll until a poll's records are all acknowledged.
        send("a", "b", "c");
        start(null);
        chunk(2).complete(Effects.publish(topic + "-out", "c", "c"));
        chunk(1).complete(Effects.publish(topic + "-out", "b", "b"));
        // Give the container time to commit anything it (wrongly) would.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> committed() == 0);
        chunk(0).complete(Effects.publish(topic + "-out", "a", "a"));
        await().atMost(Duration.ofSeconds(30)).until(() -> committed() == 3);
    }

    @Test
    void aRecordWhoseEffectsTheBrokerNeverTakesIsDeadLetteredAndItsPartitionMovesOn() throws Exception {
        start(p -> CompletableFuture.failedFuture(new IllegalStateException("broker refuses " + p.key())));
        send("a");
        chunk(0).complete(Effects.publish(topic + "-out", "a", "a"));
        await().atMost(Duration.ofSeconds(30)).until(() -> committed() == 1);
        var dlt = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group + "-dlt", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        try (dlt) {
            dlt.subscribe(List.of(topic + ".DLT"));
            List<ConsumerRecord<String, String>> dead = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                dlt.poll(Duration.ofMillis(200)).forEach(dead::add);
                return !dead.isEmpty();
            });
            assertThat(dead.get(0).value()).contains("a");
            assertThat(new String(dead.get(0).headers().lastHeader("kafka_dlt-exception-message").value()))
                    .contains("broker refuses a");
        }
    }
}
