package dev.judge.kafka;

import dev.judge.model.Json;
import dev.judge.model.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * How every stage talks to Kafka, declared once: the topics, JSON values written and read with
 * the shared mapper (no type headers, so no package is ever trusted wholesale), and failure
 * handling — a few retries with back-off, then the record goes to {@code <topic>.DLT} with the
 * reason in its headers, and the partition moves on.
 */
public final class PipelineKafka {

    private PipelineKafka() {
    }

    /**
     * How the topics are laid out on the brokers.
     *
     * @param partitions partitions of each main topic (the most instances a stage can use)
     * @param replicas copies of each partition: 1 on a single broker, 3 on a cluster
     * @param minInsyncReplicas copies that must have a record before an {@code acks=all} send succeeds:
     *     with 3 replicas and 2 in sync, one broker may fail without losing a record or refusing a send
     */
    public record Layout(int partitions, int replicas, int minInsyncReplicas) {

        public Layout {
            if (partitions < 1 || replicas < 1 || minInsyncReplicas < 1 || minInsyncReplicas > replicas) {
                throw new IllegalArgumentException("topics need partitions >= 1 and 1 <= min.insync.replicas <= replicas, got "
                        + partitions + " partitions, " + replicas + " replicas, " + minInsyncReplicas + " in sync");
            }
        }

        /** One broker: one copy of everything. */
        public static Layout singleBroker(int partitions) {
            return new Layout(partitions, 1, 1);
        }
    }

    /** Every topic of the pipeline, created if missing. */
    public static KafkaAdmin.NewTopics topics(Layout layout) {
        return new KafkaAdmin.NewTopics(declaredTopics(layout).toArray(NewTopic[]::new));
    }

    /** The topics and their dead-letter topics: {@code judge.submissions} takes records up to 16 MiB. */
    static List<NewTopic> declaredTopics(Layout layout) {
        int partitions = layout.partitions();
        NewTopic submissions = topic(Topics.SUBMISSIONS, partitions, layout)
                .config("max.message.bytes", String.valueOf(Topics.MAX_SUBMISSION_BYTES)).build();
        NewTopic problems = topic(Topics.PROBLEMS, partitions, layout).compact()
                .config("max.message.bytes", String.valueOf(Topics.MAX_SUBMISSION_BYTES)).build();
        return List.of(
                submissions,
                problems,
                topic(Topics.RUNS, partitions, layout).build(),
                topic(Topics.OUTCOMES, partitions, layout).build(),
                topic(Topics.VERDICTS, partitions, layout).build(),
                topic(Topics.SUBMISSIONS + Topics.DEAD_LETTER_SUFFIX, 1, layout)
                        .config("max.message.bytes", String.valueOf(Topics.MAX_SUBMISSION_BYTES)).build(),
                topic(Topics.PROBLEMS + Topics.DEAD_LETTER_SUFFIX, 1, layout)
                        .config("max.message.bytes", String.valueOf(Topics.MAX_SUBMISSION_BYTES)).build(),
                topic(Topics.RUNS + Topics.DEAD_LETTER_SUFFIX, 1, layout).build(),
                topic(Topics.OUTCOMES + Topics.DEAD_LETTER_SUFFIX, 1, layout).build(),
                topic(Topics.VERDICTS + Topics.DEAD_LETTER_SUFFIX, 1, layout).build());
    }

    private static TopicBuilder topic(String name, int partitions, Layout layout) {
        return TopicBuilder.name(name).partitions(partitions).replicas(layout.replicas())
                .config("min.insync.replicas", String.valueOf(layout.minInsyncReplicas()));
    }

    /** Values as JSON with the shared mapper, without type headers. */
    public static <T> Serializer<T> jsonSerializer() {
        JacksonJsonSerializer<T> serializer = new JacksonJsonSerializer<>(Json.mapper());
        serializer.setAddTypeInfo(false);
        return serializer;
    }

    /**
     * Reads values of one declared type; an unreadable value becomes a dead letter, not a stuck
     * partition. A record without a value (or with JSON {@code null}) reaches the listener as
     * null: listeners pass it through {@link #valueOf}.
     */
    public static <T> Deserializer<T> jsonDeserializer(Class<T> type) {
        JacksonJsonDeserializer<T> json = new JacksonJsonDeserializer<>(type, Json.mapper(), false);
        return new ErrorHandlingDeserializer<>(json);
    }

    /**
     * Failures that come from a record's content, not from an outage: retrying cannot end them,
     * so such a record is dead-lettered at once instead of stalling its partition.
     */
    private static final List<Class<? extends Exception>> CONTENT_FAILURES = List.of(UnreadableRecordException.class,
            tools.jackson.core.JacksonException.class, NullPointerException.class, IllegalArgumentException.class,
            ClassCastException.class, IndexOutOfBoundsException.class, ArithmeticException.class,
            UnsupportedOperationException.class);

    /**
     * The pipeline's one back-off, for every retry of a record or of what it caused: 0.2 s
     * doubling to 30 s, for five minutes of waiting (a Redis or broker outage heals within
     * minutes), then the record is dead-lettered. The container's error handler uses it, and so
     * does {@link DeliveryEdge#whenDone}.
     */
    public static BackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(300_000);
        return backOff;
    }

    /**
     * Retries a failing record with back-off (a Redis or broker outage heals within minutes),
     * then dead-letters it with the reason in its headers so the partition moves on. Records
     * that cannot ever succeed (unreadable ones, failures that come from the content, and
     * {@code notRetryable}) go there at once.
     */
    @SafeVarargs
    public static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> deadLetters,
            Class<? extends Exception>... notRetryable) {
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetterRecoverer(deadLetters), backOff());
        CONTENT_FAILURES.forEach(handler::addNotRetryableExceptions);
        handler.addNotRetryableExceptions(notRetryable);
        return handler;
    }

    /**
     * Writes a record to {@code <topic>.DLT} with the reason in its headers. Partition -1: the
     * dead-letter topic has its own partitioning, the broker picks one.
     */
    public static DeadLetterPublishingRecoverer deadLetterRecoverer(KafkaOperations<Object, Object> deadLetters) {
        return new DeadLetterPublishingRecoverer(deadLetters,
                (record, e) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, -1));
    }

    /** A template that writes dead letters whatever their value: raw bytes, text or a record. */
    public static KafkaTemplate<Object, Object> deadLetterTemplate(Map<String, Object> producerConfig) {
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(String.class, new StringSerializer());
        byType.put(Object.class, jsonSerializer());
        Serializer<Object> keys = new DelegatingByTypeSerializer(byType, true);
        Serializer<Object> values = new DelegatingByTypeSerializer(byType, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerConfig, keys, values));
    }

    /**
     * The edge every stage delivers through ({@link DeliveryEdge}): records sent with
     * {@code template}, dead letters written with a template of their own, the declared back-off.
     */
    public static DeliveryEdge edge(KafkaTemplate<String, Object> template, Map<String, Object> producerConfig) {
        return new DeliveryEdge(p -> template.send(p.topic(), p.key(), p.value()),
                deadLetterRecoverer(deadLetterTemplate(producerConfig)), backOff());
    }

    /**
     * The listener containers of a stage: string keys, values read by {@code values}, the
     * stage's concurrency, and the declared failure handling ({@code notRetryable} dead-lettered
     * at once). With a {@code commitInterval} ({@code spring.kafka.listener.ack-time}), offsets of
     * processed records are committed at most that often (and when partitions are revoked or the
     * container stops) rather than once per poll: under load a poll often holds one record, and
     * every commit is a write the broker pays for. A crash redelivers what was processed since the
     * last commit; every stage applies a record it has seen before as a no-op. Without one
     * (null or zero), offsets are committed after every poll.
     */
    @SafeVarargs
    public static <V> ConcurrentKafkaListenerContainerFactory<String, V> listenerFactory(Map<String, Object> consumerConfig,
            Map<String, Object> producerConfig, int concurrency, Duration commitInterval, Deserializer<V> values,
            Class<? extends Exception>... notRetryable) {
        var consumers = new DefaultKafkaConsumerFactory<>(consumerConfig, new StringDeserializer(), values);
        var factory = new ConcurrentKafkaListenerContainerFactory<String, V>();
        factory.setConsumerFactory(consumers);
        factory.setConcurrency(concurrency);
        if (commitInterval == null || commitInterval.isZero()) {
            factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        } else {
            factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.TIME);
            factory.getContainerProperties().setAckTime(commitInterval.toMillis());
        }
        factory.setCommonErrorHandler(errorHandler(deadLetterTemplate(producerConfig), notRetryable));
        return factory;
    }

    /**
     * Like {@link #listenerFactory}, for listeners that take a whole poll and hand it to
     * {@link DeliveryEdge#poll}: the records' sends are waited for once per poll, not once per record.
     */
    @SafeVarargs
    public static <V> ConcurrentKafkaListenerContainerFactory<String, V> pollListenerFactory(
            Map<String, Object> consumerConfig, Map<String, Object> producerConfig, int concurrency,
            Duration commitInterval, Deserializer<V> values, Class<? extends Exception>... notRetryable) {
        var factory = listenerFactory(consumerConfig, producerConfig, concurrency, commitInterval, values, notRetryable);
        factory.setBatchListener(true);
        return factory;
    }

    /** The record's value; a record without one is unreadable and goes to the dead-letter topic at once. */
    public static <V> V valueOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, V> record) {
        if (record.value() == null) {
            throw new UnreadableRecordException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has no value (empty, or JSON null)");
        }
        return record.value();
    }

    /** The template stages publish their events with: string keys, JSON values. */
    public static <V> KafkaTemplate<String, V> template(Map<String, Object> producerConfig) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producerConfig, new StringSerializer(),
                PipelineKafka.<V>jsonSerializer()));
    }
}
