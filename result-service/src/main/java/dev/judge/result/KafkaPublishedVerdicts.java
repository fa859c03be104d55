package dev.judge.result;

import dev.judge.model.Json;
import dev.judge.model.Topics;
import dev.judge.model.Verdict;
import dev.judge.result.rebuild.PublishedVerdicts;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.core.JacksonException;

/**
 * {@code judge.verdicts} read without a consumer group (nothing committed): every partition from
 * the first record at or after a time to the end it had when the reading began.
 */
final class KafkaPublishedVerdicts implements PublishedVerdicts {

    /** A day of verdicts at a million a day is read in minutes; a rebuild that cannot finish in this is retried. */
    private static final Duration AT_MOST = Duration.ofMinutes(30);

    private final Map<String, Object> consumerProperties;

    KafkaPublishedVerdicts(Map<String, Object> consumerProperties) {
        this.consumerProperties = new HashMap<>(consumerProperties);
        this.consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerProperties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
    }

    @Override
    public void readSince(long fromMs, Reader reader) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(),
                new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.VERDICTS, Duration.ofSeconds(30));
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
                    throw new IllegalStateException("judge.verdicts was not read to its end within " + AT_MOST);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofSeconds(1))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition())) && r.value() != null) {
                        read(r, reader);
                    }
                }
            }
        }
    }

    private static void read(ConsumerRecord<String, String> r, Reader reader) {
        try {
            Verdict v = Json.mapper().readValue(r.value(), Verdict.class);
            if (v != null && v.id() != null) {
                reader.read(v, r.timestamp());
            }
        } catch (JacksonException unreadable) {
            // not a verdict this release can read: nothing to restore from it
        }
    }
}
