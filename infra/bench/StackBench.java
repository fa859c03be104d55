import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * ./judge bench, the part that drives the running stack (./judge up): 20-test A+B batches per
 * language, warm (artifact cached) and cold (a new source), through Kafka and through the HTTP
 * API; single-test cached C submissions per second with the CPU each process of the stack spent
 * per submission (from /proc); and a burst published at once, with verdicts counted, lost,
 * duplicated and the time to drain. A benchmark, not a test: it prints a Markdown table and writes
 * JSON beside it. Arguments: bootstrap servers, API base URL, run directory, rounds, burst size.
 */
public class StackBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static final Map<String, String> APLUSB = Map.of(
            "c", "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);return 0;}\n",
            "cpp", "#include <iostream>\nint main(){long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n",
            "cpp-stdc++", "#include <bits/stdc++.h>\nusing namespace std;\nint main(){long a,b;cin>>a>>b;cout<<a+b<<\"\\n\";}\n",
            "java", "import java.util.*;\npublic class Main{public static void main(String[] x){Scanner s=new Scanner(System.in);System.out.println(s.nextLong()+s.nextLong());}}\n",
            "python", "a, b = map(int, input().split())\nprint(a + b)\n",
            "javascript", "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n");

    /** The judged language of a benchmark program ("cpp-stdc++" is C++ including {@code <bits/stdc++.h>}). */
    static String languageOf(String program) {
        return program.startsWith("cpp") ? "cpp" : program;
    }

    static String comment(String language, String text) {
        return language.equals("python") ? "# " + text + "\n" : "// " + text + "\n";
    }

    static ObjectNode batch(String id, String language, String source, int tests) {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", id);
        s.put("language", language);
        s.put("source", source);
        ArrayNode list = s.putArray("tests");
        for (int t = 0; t < tests; t++) {
            list.addObject().put("stdin", t + " " + (2 * t)).put("expectedOutput", String.valueOf(3 * t));
        }
        return s;
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    /** Publishes {@code n} single-test cached C submissions at once; returns the seconds until the last verdict. */
    static double publishAndDrain(String prefix, int n, KafkaProducer<String, String> producer, VerdictStream verdicts)
            throws InterruptedException {
        return publishAndDrain(prefix, n, 1, producer, verdicts);
    }

    /** Publishes {@code n} cached C A+B submissions of {@code tests} tests at once; returns the seconds until the last verdict. */
    static double publishAndDrain(String prefix, int n, int tests, KafkaProducer<String, String> producer, VerdictStream verdicts)
            throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + "-" + UUID.randomUUID());
        }
        long start = System.nanoTime();
        for (String id : ids) {
            producer.send(new ProducerRecord<>("judge.submissions", id, batch(id, "c", APLUSB.get("c"), tests).toString()));
        }
        producer.flush();
        long last = start;
        for (String id : ids) {
            last = Math.max(last, verdicts.awaitOne(id, 600_000));
        }
        return (last - start) / 1e9;
    }

    static long cpuTicks(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * A service's CPU: its own, its ended children's, and that of its live descendants (the
     * resident launcher, whose commands' CPU it collects as they end).
     */
    static Map<String, Long> cpuOfStack(Path run) throws Exception {
        Map<String, Long> cpu = new LinkedHashMap<>();
        for (String name : List.of("kafka", "redis", "compile-service", "run-service", "result-service", "api-service")) {
            cpu.put(name, cpuOf(run, name));
        }
        return cpu;
    }

    /** The CPU ticks (100 a second) of the process {@code ./judge} started as {@code name}, with its descendants'. */
    static long cpuOf(Path run, String name) throws Exception {
        Path pidFile = run.resolve("pids").resolve(name + ".pid");
        if (!Files.exists(pidFile)) {
            return 0;
        }
        String pid = Files.readString(pidFile).trim();
        return cpuTicks(pid) + ProcessHandle.of(Long.parseLong(pid)).stream().flatMap(ProcessHandle::descendants)
                .mapToLong(p -> cpuTicks(Long.toString(p.pid()))).sum();
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        String api = args[1];
        Path run = Path.of(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int burst = Integer.parseInt(args[4]);
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("linger.ms", "1");
        p.put("compression.type", "zstd");
        KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
        ObjectNode results = JSON.createObjectNode();
        StringBuilder table = new StringBuilder("| 20-test A+B batch | via | warm p50 | warm p95 | cold p50 | cold p95 |\n|---|---|---|---|---|---|\n");
        try (VerdictStream verdicts = new VerdictStream(bootstrap, "bench")) {
            // Rounds interleave every language and path (and warm with cold), so the machine's
            // drift during the run touches every number alike; medians of the rounds are reported.
            List<String> languages = rounds > 0 ? List.of("c", "cpp", "cpp-stdc++", "python", "javascript", "java") : List.<String>of();
            Map<String, List<Double>> times = new HashMap<>();
            for (String language : languages) {
                for (String via : List.of("kafka", "http")) {
                    // One untimed warm-up so the warm source is cached.
                    timed(via, languageOf(language), APLUSB.get(language), producer, verdicts, api);
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (String language : languages) {
                    String warm = APLUSB.get(language);
                    for (String via : List.of("kafka", "http")) {
                        times.computeIfAbsent(language + "-" + via + "-warm", k -> new ArrayList<>())
                                .add(timed(via, languageOf(language), warm, producer, verdicts, api));
                        times.computeIfAbsent(language + "-" + via + "-cold", k -> new ArrayList<>())
                                .add(timed(via, languageOf(language), warm + comment(languageOf(language), UUID.randomUUID().toString()),
                                        producer, verdicts, api));
                    }
                }
            }
            for (String language : languages) {
                for (String via : List.of("kafka", "http")) {
                    ObjectNode row = results.putObject(language + "-" + via);
                    for (String kind : List.of("warm", "cold")) {
                        List<Double> t = times.get(language + "-" + via + "-" + kind);
                        row.put(kind + "P50Ms", percentile(t, 0.5));
                        row.put(kind + "P95Ms", percentile(t, 0.95));
                    }
                    table.append(String.format(Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %.0f ms |%n", language, via,
                            row.get("warmP50Ms").asDouble(), row.get("warmP95Ms").asDouble(),
                            row.get("coldP50Ms").asDouble(), row.get("coldP95Ms").asDouble()));
                }
            }
            // Compile time per language from compile-service's histogram (the cold batches' compiles).
            if (rounds > 0) {
                ObjectNode compile = results.putObject("compileP50Ms");
                table.append("\nCompile time p50 (compile-service histogram, since the stack started): ");
                for (String language : List.of("c", "cpp", "java", "python", "javascript")) {
                    double p50 = compileP50(language);
                    compile.put(language, p50);
                    table.append(String.format(Locale.ROOT, "%s %.0f ms, ", language, p50));
                }
                table.append("\n");
            }
            // Throughput and CPU per submission: single-test cached C submissions published at once,
            // after an untimed warm-up of the same kind (the services' JIT compilers spend more CPU
            // than the work itself on the first few thousand records; sustained is what is asked).
            int warmup = Integer.parseInt(System.getenv().getOrDefault("JUDGE_BENCH_WARMUP", "1500"));
            publishAndDrain("warm", warmup, producer, verdicts);
            int n = Integer.parseInt(System.getenv().getOrDefault("JUDGE_BENCH_THROUGHPUT", "600"));
            Map<String, Long> cpuBefore = cpuOfStack(run);
            double seconds = publishAndDrain("tput", n, producer, verdicts);
            Map<String, Long> cpuAfter = cpuOfStack(run);
            ObjectNode tput = results.putObject("throughput");
            tput.put("submissions", n);
            tput.put("warmup", warmup);
            tput.put("perSecond", n / seconds);
            StringBuilder cpuRow = new StringBuilder();
            double total = 0;
            for (String proc : cpuAfter.keySet()) {
                double ms = (cpuAfter.get(proc) - cpuBefore.get(proc)) * 10.0 / n;   // 100 ticks per second
                tput.put("cpuMsPerSubmission-" + proc, ms);
                total += ms;
                cpuRow.append(String.format(Locale.ROOT, "%s %.1f ms, ", proc, ms));
            }
            tput.put("cpuMsPerSubmission-total", total);
            table.append(String.format(Locale.ROOT, "%nSingle-test cached C submissions, %d published at once after %d untimed: "
                    + "%.0f per second; CPU per submission: %stotal %.1f ms%n", n, warmup, n / seconds, cpuRow, total));
            // The burst: every submission gets exactly one verdict.
            if (burst > 0) {
                List<String> burstIds = new ArrayList<>();
                for (int i = 0; i < burst; i++) {
                    burstIds.add("burst-" + UUID.randomUUID());
                }
                long burstStart = System.nanoTime();
                for (String id : burstIds) {
                    producer.send(new ProducerRecord<>("judge.submissions", id, batch(id, "c", APLUSB.get("c"), 1).toString()));
                }
                producer.flush();
                long burstLast = burstStart;
                int lost = 0;
                for (String id : burstIds) {
                    try {
                        burstLast = Math.max(burstLast, verdicts.awaitOne(id, 600_000));
                    } catch (IllegalStateException e) {
                        lost++;
                    }
                }
                Thread.sleep(3000);   // late duplicates, if any, would arrive by now
                long duplicated = burstIds.stream().filter(id -> verdicts.arrivals.getOrDefault(id, List.of()).size() > 1).count();
                double drain = (burstLast - burstStart) / 1e9;
                ObjectNode b = results.putObject("burst");
                b.put("published", burst);
                b.put("verdicts", burst - lost);
                b.put("lost", lost);
                b.put("duplicated", duplicated);
                b.put("drainSeconds", drain);
                b.put("perSecond", burst / drain);
                table.append(String.format(Locale.ROOT, "Burst of %d: %d verdicts, %d lost, %d duplicated, drained in %.1f s (%.0f per second)%n",
                        burst, burst - lost, lost, duplicated, drain, burst / drain));
            }
        }
        producer.close();
        Path out = run.resolve("bench");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stack-bench.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        Files.writeString(out.resolve("stack-bench.md"), table.toString());
        Files.writeString(out.resolve("stack-bench.svg"), chart(results));
        System.out.println(table);
        System.out.println("(written to " + out + ")");
    }

    /** The median of compile_time_seconds{language, result="ok"}, interpolated within its bucket; milliseconds. */
    static double compileP50(String language) throws Exception {
        String port = System.getenv().getOrDefault("JUDGE_COMPILE_METRICS_PORT", "9101");
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.TreeMap<Double, Double> buckets = new java.util.TreeMap<>();
        for (String line : body.lines().toList()) {
            if (line.startsWith("compile_time_seconds_bucket{") && line.contains("language=\"" + language + "\"")
                    && line.contains("result=\"ok\"")) {
                String le = line.replaceAll(".*le=\"([^\"]+)\".*", "$1");
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                buckets.put(bound, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        double total = buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
        if (total == 0) {
            return 0;
        }
        double lower = 0;
        double below = 0;
        for (var e : buckets.entrySet()) {
            if (e.getValue() >= total / 2) {
                double upper = e.getKey().isInfinite() ? lower : e.getKey();
                double share = (total / 2 - below) / Math.max(1e-9, e.getValue() - below);
                return (lower + (upper - lower) * share) * 1000;
            }
            lower = e.getKey();
            below = e.getValue();
        }
        return 0;
    }

    /** A bar chart of the 20-test batches' p50, warm and cold, per language and path (SVG). */
    static String chart(ObjectNode results) {
        List<String> rows = new ArrayList<>();
        results.fieldNames().forEachRemaining(name -> {
            if (name.endsWith("-kafka") || name.endsWith("-http")) {
                rows.add(name);
            }
        });
        double max = 1;
        for (String row : rows) {
            max = Math.max(max, Math.max(results.get(row).get("warmP50Ms").asDouble(), results.get(row).get("coldP50Ms").asDouble()));
        }
        int left = 130, width = 520, barH = 10, rowH = 30, top = 40;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n"
                + "<text x=\"10\" y=\"20\" font-size=\"14\">20-test A+B batch, p50 (ms): warm (dark) and cold (light)</text>%n",
                left + width + 90, top + rows.size() * rowH + 10));
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            int y = top + i * rowH;
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 14, row));
            String[][] bars = {{"warmP50Ms", "#2b6cb0"}, {"coldP50Ms", "#90cdf4"}};
            for (int b = 0; b < bars.length; b++) {
                double ms = results.get(row).get(bars[b][0]).asDouble();
                int w = (int) Math.max(1, ms / max * width);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"10\">%.0f</text>%n",
                        left, y + b * (barH + 2), w, barH, bars[b][1], left + w + 4, y + b * (barH + 2) + 9, ms));
            }
        }
        return svg.append("</svg>\n").toString();
    }

    /** One 20-test batch, submitted and waited for; milliseconds. */
    static double timed(String via, String language, String source, KafkaProducer<String, String> producer, VerdictStream verdicts,
            String api) throws Exception {
        String id = "bench-" + UUID.randomUUID();
        ObjectNode body = batch(id, language, source, 20);
        long start = System.nanoTime();
        if (via.equals("kafka")) {
            producer.send(new ProducerRecord<>("judge.submissions", id, body.toString()));
            producer.flush();
            long at = verdicts.awaitOne(id, 120_000);
            String status = verdicts.status.get(id);
            if (!"ACCEPTED".equals(status)) {
                throw new IllegalStateException(language + " batch " + id + " was " + status);
            }
            return (at - start) / 1e6;
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions?wait=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        JsonNode v = JSON.readTree(r.body());
        if (!"ACCEPTED".equals(v.path("status").asText())) {
            throw new IllegalStateException(language + " batch over HTTP: " + r.statusCode() + " " + r.body());
        }
        return ms;
    }
}
