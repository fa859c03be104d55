package dev.judge.pipeline;

import dev.judge.model.Json;
import dev.judge.model.Topics;
import dev.judge.model.Verdict;
import dev.judge.testing.KafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A producer of submissions and a reader of verdicts and dead letters, as a platform would be. */
final class JudgeClient implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final Map<String, List<Verdict>> verdicts = new ConcurrentHashMap<>();
    private final List<ConsumerRecord<String, String>> deadLetters = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread reader;

    JudgeClient() {
        this(KafkaBroker.bootstrapServers());
    }

    /** A client of the brokers at {@code bootstrapServers} rather than the suite's broker. */
    JudgeClient(String bootstrapServers) {
        this(bootstrapServers, true);
    }

    /**
     * A client whose reader joins no consumer group: it assigns itself every partition of its
     * topics (which must exist) and reads them from their start. Nothing then depends on the
     * broker's group coordinator, which a single broker paused or restarted can leave unable to
     * load groups for a while (BrokerOutageIT's reader in a group received nothing).
     */
    static JudgeClient withoutGroup(String bootstrapServers) {
        return new JudgeClient(bootstrapServers, false);
    }

    private JudgeClient(String bootstrapServers, boolean inGroup) {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers, "acks", "all",
                "compression.type", "zstd"), new StringSerializer(), new StringSerializer());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(inGroup
                ? Map.of("bootstrap.servers", bootstrapServers, "group.id", "client-" + System.nanoTime(), "auto.offset.reset", "earliest")
                : Map.of("bootstrap.servers", bootstrapServers), new StringDeserializer(), new StringDeserializer());
        List<String> topics = List.of(Topics.VERDICTS, Topics.SUBMISSIONS + Topics.DEAD_LETTER_SUFFIX,
                Topics.RUNS + Topics.DEAD_LETTER_SUFFIX, Topics.OUTCOMES + Topics.DEAD_LETTER_SUFFIX);
        if (inGroup) {
            consumer.subscribe(topics);
        } else {
            List<TopicPartition> partitions = topics.stream().flatMap(t -> consumer.partitionsFor(t, Duration.ofSeconds(30)).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        reader = new Thread(() -> {
            try (consumer) {
                while (running.get()) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                        if (r.topic().equals(Topics.VERDICTS)) {
                            verdicts.computeIfAbsent(r.key(), k -> new CopyOnWriteArrayList<>())
                                    .add(Json.mapper().readValue(r.value(), Verdict.class));
                        } else {
                            deadLetters.add(r);
                        }
                    }
                }
            }
        }, "judge-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Any value, null included, on any topic: what a careless or hostile producer might send. */
    void sendRaw(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    void send(String key, String json) {
        try {
            producer.send(new ProducerRecord<>(Topics.SUBMISSIONS, key, json)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<Verdict> verdict(String id) {
        List<Verdict> list = verdicts.get(id);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    List<Verdict> allVerdicts(String id) {
        return verdicts.getOrDefault(id, List.of());
    }

    List<ConsumerRecord<String, String>> deadLetters() {
        return deadLetters;
    }

    static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running.set(false);
        producer.close();
    }
}
