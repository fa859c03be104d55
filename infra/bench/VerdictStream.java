import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The verdicts on judge.verdicts as they arrive, from the topic's end when the stream opened:
 * each id's status and when (System.nanoTime) each of its verdicts arrived. The benchmarks that
 * publish submissions (StackBench, LanguageBench) read their verdicts through it.
 */
final class VerdictStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();
    final Map<String, String> status = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    /** @param group a prefix for the stream's own consumer group */
    VerdictStream(String bootstrap, String group) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", group + "-" + UUID.randomUUID());
        p.put("auto.offset.reset", "latest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of("judge.verdicts"));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        reader = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
                        long at = System.nanoTime();
                        try {
                            status.put(r.key(), JSON.readTree(r.value()).get("status").asText());
                        } catch (Exception e) {
                            status.put(r.key(), "?");
                        }
                        arrivals.computeIfAbsent(r.key(), k -> Collections.synchronizedList(new ArrayList<>())).add(at);
                    }
                }
            }
        }, "verdicts");
        reader.setDaemon(true);
        reader.start();
    }

    /** When the first verdict of {@code id} arrived (System.nanoTime); fails after the time-out. */
    long awaitOne(String id, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            List<Long> a = arrivals.get(id);
            if (a != null && !a.isEmpty()) {
                return a.get(0);
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("no verdict for " + id);
    }

    /** The status of {@code id}'s verdict, or a sentence saying none came within the time-out. */
    String await(String id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String s = status.get(id);
            if (s != null) {
                return s;
            }
            Thread.sleep(2);
        }
        return "no verdict within " + timeout;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
    }
}
