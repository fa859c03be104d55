package dev.judge.result;

import dev.judge.model.Json;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;

/**
 * A pipeline topic read back without a consumer group (nothing committed): every partition from
 * the first record at or after a time to the end it had when the reading began, each partition
 * in order. How the state rebuild reads {@code judge.verdicts} and {@code judge.outcomes}.
 */
final class KafkaHistory {

    /** A day of verdicts at a million a day is read in minutes; a rebuild that cannot finish in this is retried. */
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    private final Map<String, Object> consumerProperties;

    KafkaHistory(Map<String, Object> consumerProperties) {
        this.consumerProperties = new HashMap<>(consumerProperties);
        this.consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerProperties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
    }

    /**
     * Reads the values of {@code topic} published since {@code fromMs} as {@code type}, with their
     * publication time; records without a value, or one this release cannot read, are skipped.
     */
    <T> void readSince(String topic, Class<T> type, long fromMs, BiConsumer<T, Long> reader) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos == null || infos.isEmpty()) {
                return;
            }
            List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> from = new HashMap<>();
            partitions.forEach(p -> from.put(p, fromMs));
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(from);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp at = start.get(p);
                consumer.seek(p, at == null ? end.get(p) : at.offset());
            }
            long deadline = System.nanoTime() + AT_MOST.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(topic + " was not read to its end within " + AT_MOST);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && r.value() != null) {
                        read(r, type, reader);
                    }
                }
            }
        }
    }

    private static <T> void read(ConsumerRecord<String, String> r, Class<T> type, BiConsumer<T, Long> reader) {
        T value;
        try {
            value = Json.mapper().readValue(r.value(), type);
        } catch (JacksonException unreadable) {
            return;   // not a value this release can read: nothing to rebuild from it
        }
        if (value != null) {
            reader.accept(value, r.timestamp());
        }
    }
}
