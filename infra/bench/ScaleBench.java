import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The scale-out figure of docs/operations.md ("Scaling out"): bursts of cached C A+B submissions
 * of a few tests each, published at once to the running stack, each timed from the first send to
 * the last verdict; with the CPU each process of the stack (every pid file of ./judge, so each
 * broker, Redis node and run-service instance) and the whole host spent during the burst. Run it
 * once per number of run-service instances (./judge up --run-services N). A benchmark, not a
 * test. Arguments: bootstrap servers, run directory, submissions per burst, tests per submission,
 * bursts.
 */
public class ScaleBench {

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        Path run = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int tests = Integer.parseInt(args[3]);
        int bursts = Integer.parseInt(args[4]);
        System.out.printf(Locale.ROOT, "load average before: %s", Files.readString(Path.of("/proc/loadavg")));
        List<Double> rates = new ArrayList<>();
        List<Double> hostBusy = new ArrayList<>();
        Map<String, List<Double>> cores = new TreeMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrap,
                        "acks", "all", "linger.ms", "1", "compression.type", "zstd"), new StringSerializer(), new StringSerializer());
                VerdictStream verdicts = new VerdictStream(bootstrap, "scale")) {
            StackBench.publishAndDrain("scale-warm", n, tests, producer, verdicts);   // untimed: caches, JIT, connections
            for (int b = 0; b < bursts; b++) {
                Map<String, Long> before = cpuOfEveryProcess(run);
                long[] hostBefore = hostTicks();
                double seconds = StackBench.publishAndDrain("scale", n, tests, producer, verdicts);
                long[] hostAfter = hostTicks();
                Map<String, Long> after = cpuOfEveryProcess(run);
                rates.add(n / seconds);
                hostBusy.add(100.0 * (hostAfter[0] - hostBefore[0]) / (hostAfter[1] - hostBefore[1]));
                StringBuilder line = new StringBuilder();
                for (String name : after.keySet()) {
                    double c = (after.get(name) - before.getOrDefault(name, 0L)) / 100.0 / seconds;
                    cores.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
                    line.append(String.format(Locale.ROOT, " %s %.2f", name, c));
                }
                System.out.printf(Locale.ROOT, "burst %d: %d submissions x %d tests in %.2f s = %.1f/s (%.0f tests/s); host busy %.0f %%;"
                        + " cores:%s%n", b + 1, n, tests, seconds, n / seconds, n * tests / seconds, hostBusy.get(b), line);
            }
        }
        StringBuilder medians = new StringBuilder();
        cores.forEach((name, c) -> medians.append(String.format(Locale.ROOT, " %s %.2f", name, median(c))));
        System.out.printf(Locale.ROOT, "median of %d bursts: %.1f submissions/s (%.0f tests/s), host busy %.0f %%; cores:%s%n",
                bursts, median(rates), median(rates) * tests, median(hostBusy), medians);
        System.out.printf(Locale.ROOT, "load average after: %s", Files.readString(Path.of("/proc/loadavg")));
    }

    static Map<String, Long> cpuOfEveryProcess(Path run) throws Exception {
        Map<String, Long> cpu = new TreeMap<>();
        try (var files = Files.list(run.resolve("pids"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                cpu.put(name, StackBench.cpuOf(run, name));
            }
        }
        return cpu;
    }

    /** The host's busy and total ticks since boot, over every core (/proc/stat's first line). */
    static long[] hostTicks() throws Exception {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] {total - idle, total};
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }
}
