package dev.judge.api.submit;

import dev.judge.threads.DaemonThreads;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many records of a topic a consumer group has not yet consumed (its lag), refreshed in the
 * background every two seconds; the HTTP API turns a large backlog into 503 instead of queueing
 * without bound.
 */
public final class Backlog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Backlog.class);

    private final Admin admin;
    private final Map<String, String> groupByTopic;
    private final Map<String, AtomicLong> lag;
    private final ScheduledExecutorService refresher =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("backlog"));

    /** @param groupByTopic which consumer group's lag to watch on which topic */
    public Backlog(Admin admin, Map<String, String> groupByTopic) {
        this.admin = admin;
        this.groupByTopic = Map.copyOf(groupByTopic);
        this.lag = groupByTopic.keySet().stream().collect(Collectors.toMap(t -> t, t -> new AtomicLong()));
        refresher.scheduleWithFixedDelay(this::refresh, 0, 2, TimeUnit.SECONDS);
    }

    /** The topics watched, each with the consumer group whose lag is measured on it. */
    public Map<String, String> groupByTopic() {
        return groupByTopic;
    }

    public long of(String topic) {
        AtomicLong v = lag.get(topic);
        return v == null ? 0 : v.get();
    }

    private void refresh() {
        groupByTopic.forEach((topic, group) -> {
            try {
                lag.get(topic).set(compute(topic, group));
            } catch (Exception e) {
                log.debug("Lag of {} on {} unknown for now: {}", group, topic, e.getMessage());
            }
        });
    }

    private long compute(String topic, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS)
                .get(topic).partitions();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
        long total = 0;
        for (var e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            total += Math.max(0, e.getValue().offset() - (c == null ? 0 : c.offset()));
        }
        return total;
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        admin.close();
    }
}
