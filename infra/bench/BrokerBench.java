import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What one pipeline record costs the broker by itself: records of a pipeline event's size sent
 * at a steady rate with the stages' producer settings ({@code acks=all}, idempotence, zstd,
 * 1 ms linger), read by one consumer group that commits after every poll, as a stage does. The
 * broker's CPU (from /proc, its process) over the run, divided by the records, is the floor a
 * record adds to a submission's broker CPU; a submission crosses the pipeline as several records.
 * Runs on a throw-away topic of the stack's broker and deletes it.
 *
 * <p>Usage: java -cp kafka-libs/* BrokerBench.java BOOTSTRAP BROKER_PID_FILE RECORDS PER_SECOND
 */
public class BrokerBench {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String brokerPid = Files.readString(Path.of(args[1])).trim();
        int records = Integer.parseInt(args[2]);
        int perSecond = Integer.parseInt(args[3]);
        String topic = "judge.bench.broker-" + UUID.randomUUID();
        String value = "x".repeat(600);   // about a TestsJudged event of one test
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 8, (short) 1))).all().get();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                    "acks", "all", "enable.idempotence", "true", "linger.ms", "1", "compression.type", "zstd"),
                    new StringSerializer(), new StringSerializer());
                    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                            "group.id", topic, "auto.offset.reset", "earliest", "enable.auto.commit", "false"),
                            new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                while (consumer.assignment().isEmpty()) {
                    consumer.poll(Duration.ofMillis(100));
                }
                Thread sender = new Thread(() -> {
                    long start = System.nanoTime();
                    for (int i = 0; i < records; i++) {
                        long due = start + i * 1_000_000_000L / perSecond;
                        for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                            LockSupport.parkNanos(due - now);
                        }
                        producer.send(new ProducerRecord<>(topic, "k" + i, System.nanoTime() + " " + value));
                    }
                });
                long cpuBefore = brokerTicks(brokerPid);
                long wallStart = System.nanoTime();
                sender.start();
                List<Double> latencies = new ArrayList<>();
                while (latencies.size() < records && System.nanoTime() - wallStart < 600_000_000_000L) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                        long sent = Long.parseLong(r.value().substring(0, r.value().indexOf(' ')));
                        latencies.add((System.nanoTime() - sent) / 1e6);
                    }
                    consumer.commitSync();
                }
                double wall = (System.nanoTime() - wallStart) / 1e9;
                long cpu = brokerTicks(brokerPid) - cpuBefore;
                sender.join();
                Collections.sort(latencies);
                double tick = 1000.0 / 100;   // USER_HZ
                System.out.printf(Locale.ROOT, "Broker alone: %d records at %d per second, one consumer group committing per poll: "
                        + "broker CPU %.2f ms per record (%.0f %% of a core), send to consume p50 %.1f ms%n",
                        latencies.size(), perSecond, cpu * tick / Math.max(1, latencies.size()), cpu * tick / 10 / wall,
                        latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2));
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    /** The broker process's user and system time, in clock ticks. */
    static long brokerTicks(String pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
