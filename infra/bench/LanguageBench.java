import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Every declared language's 20-test A+B batch through the running stack (Kafka in, verdict out;
 * the median of {@code rounds} warm batches after one that compiles), against the same trusted A+B
 * (the end-to-end tests' program) run bare with the profile's own commands: 20 runs one after
 * another of its compile (or syntax check) and run, as a judge that builds per test pays it (the
 * issue's floor: no batch slower than that), and, for scale, the 20 runs alone after one compile.
 * Where 20 compile+run cycles would take longer than {@link #BARE_BUDGET_NANOS} (Kotlin's take
 * minutes), the cycles done by then are scaled to 20, and the table says how many were done. Each
 * row records the host's one-minute load average when the language's turn ended: the machine is
 * shared, and a row is only as good as its load.
 *
 * <p>Usage: {@code java -cp infra/target/kafka-libs/* LanguageBench.java BOOTSTRAP REPO OUT.md [rounds [LANGUAGE...]]}
 * (no languages: every declared one, in the index's order)
 */
public class LanguageBench {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        Path repo = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<String> only = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
        Path profiles = repo.resolve("shared-model/src/main/resources/languages");
        Path programs = repo.resolve("pipeline-tests/src/test/resources/languages");
        String javaHome = newestJdk();
        StringBuilder table = new StringBuilder("Load average (1, 5, 15 min) at the start: " + loadAverage() + "\n\n"
                + "| language | 20-test batch p50 | 20 bare compile+run (the floor) | batch / floor | 20 bare runs after one compile | load (1 min) |\n|---|---|---|---|---|---|\n");
        try (VerdictStream verdicts = new VerdictStream(bootstrap, "langbench"); KafkaProducer<String, String> producer = producer(bootstrap)) {
            for (String name : Files.readAllLines(profiles.resolve("index"))) {
                name = name.strip();
                if (name.isEmpty() || name.startsWith("#") || name.equals("multi-file") || !only.isEmpty() && !only.contains(name)) {
                    continue;
                }
                JsonNode profile = new YAMLMapper().readTree(profiles.resolve(name + ".yaml").toFile());
                Path ab = aPlusB(programs.resolve(name));
                if (ab == null) {
                    continue;
                }
                String source = Files.readString(ab);
                List<Long> batches = new ArrayList<>();
                for (int i = 0; i <= rounds; i++) {
                    long ms = batch(name, source, producer, verdicts);
                    if (i > 0) {
                        batches.add(ms);   // the first one compiles
                    }
                }
                long[] bare = bare(profile, source, javaHome);
                long p50 = median(batches);
                String floor = bare[0] < 0 ? "n/a" : bare[0] + " ms" + (profile.path("compile").isNull() || profile.path("compile").isMissingNode()
                        ? " (no compile step)" : bare[2] < 20 ? " (" + bare[2] + " of 20 cycles, scaled)" : "");
                String load = loadAverage().split(" ")[0];
                table.append(String.format(Locale.ROOT, "| %s | %d ms | %s | %s | %s | %s |%n", name, p50, floor,
                        bare[0] <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) p50 / bare[0]),
                        bare[1] < 0 ? "n/a" : bare[1] + " ms", load));
                System.out.printf("%-12s batch %5d ms   floor %s   bare runs x20 %5d ms   load %s%n", name, p50, floor, bare[1], load);
                Files.writeString(out, table.toString());   // a row is kept even if a later language fails
            }
        }
        table.append("\nLoad average (1, 5, 15 min) at the end: ").append(loadAverage()).append('\n');
        Files.writeString(out, table.toString());
        System.out.println(table);
    }

    static Path aPlusB(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ab.")).findFirst().orElse(null);
        }
    }

    /** One 20-test batch through the stack: milliseconds from publishing to its verdict. */
    static long batch(String language, String source, KafkaProducer<String, String> producer, VerdictStream verdicts) throws Exception {
        String id = "langbench-" + language + "-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode s = JSON.createObjectNode();
        s.put("id", id).put("language", language).put("source", source);
        var tests = s.putArray("tests");
        for (int t = 0; t < 20; t++) {
            tests.addObject().put("stdin", t + " " + (2 * t) + "\n").put("expectedOutput", String.valueOf(3 * t));
        }
        long start = System.nanoTime();
        producer.send(new ProducerRecord<>("judge.submissions", id, JSON.writeValueAsString(s))).get();
        String status = verdicts.await(id, Duration.ofMinutes(3));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!"ACCEPTED".equals(status)) {
            throw new IllegalStateException(language + " batch " + id + " was " + status);
        }
        return ms;
    }

    /** How long the 20 bare compile+run cycles may take before the ones done are scaled to 20. */
    static final long BARE_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(30);

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /**
     * Bare, with the profile's commands: {20 × (compile + run), 20 runs after one compile, how many
     * compile+run cycles were done}, times in milliseconds, -1 where that fails. Past
     * {@link #BARE_BUDGET_NANOS} the cycles done are scaled to 20.
     */
    static long[] bare(JsonNode profile, String source, String javaHome) throws Exception {
        Path dir = Files.createTempDirectory("langbench");
        try {
            String entry = profile.get("source").asText();
            Files.writeString(dir.resolve(entry), source);
            Map<String, String> values = new HashMap<>(Map.of("entry", entry, "javaHome", javaHome, "memoryKb", "262144",
                    "heapKb", "196608", "stackKb", "65536", "nodeStackKb", "49152",
                    "entryStem", entry.contains(".") ? entry.substring(0, entry.lastIndexOf('.')) : entry));
            Map<String, String> env = new HashMap<>(Map.of("PATH", "/usr/bin:/bin", "HOME", dir.toString(), "LANG", "C.UTF-8"));
            profile.path("box").path("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            JsonNode compile = profile.get("compile");
            List<String> build = compile != null && !compile.isNull() ? command(compile.get("command"), values, dir, entry) : null;
            List<String> run = null;
            long start = System.nanoTime();
            int cycles = 0;
            while (cycles < 20 && (cycles == 0 || System.nanoTime() - start < BARE_BUDGET_NANOS)) {
                int t = cycles++;
                if (build != null && run(build, dir, env, null) != 0) {
                    return new long[] {-1, -1, cycles};
                }
                if (run == null) {   // {mainClass} is known once the program is compiled
                    values.put("mainClass", mainClass(dir, values.get("entryStem")));
                    run = command(profile.get("run").get("command"), values, dir, entry);
                }
                if (run(run, dir, env, t + " " + (2 * t) + "\n") != 0) {
                    return new long[] {-1, -1, cycles};
                }
            }
            long perTest = (System.nanoTime() - start) * 20 / cycles / 1_000_000;
            start = System.nanoTime();
            for (int t = 0; t < 20; t++) {
                if (run(run, dir, env, t + " " + (2 * t) + "\n") != 0) {
                    return new long[] {perTest, -1, cycles};
                }
            }
            return new long[] {perTest, (System.nanoTime() - start) / 1_000_000, cycles};
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Collections.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * The class a JVM language's A+B starts from, for its profile's {@code {mainClass}}: the compiled
     * class named for the entry (main.groovy: {@code main}; main.kt: {@code MainKt}; Scala's
     * {@code object Main}), else the only top-level class. The stack finds it by reading the class
     * files (compile-service's JvmMainClass); for the bench's trusted A+B programs the names do.
     */
    static String mainClass(Path dir, String stem) throws java.io.IOException {
        String upper = stem.isEmpty() ? stem : Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
        for (String candidate : List.of(stem, upper + "Kt", upper)) {
            if (Files.isRegularFile(dir.resolve(candidate + ".class"))) {
                return candidate;
            }
        }
        try (var files = Files.list(dir)) {
            List<String> classes = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$")).map(n -> n.substring(0, n.length() - 6)).toList();
            return classes.size() == 1 ? classes.get(0) : stem;
        }
    }

    static List<String> command(JsonNode template, Map<String, String> values, Path dir, String entry) {
        List<String> cmd = new ArrayList<>();
        for (JsonNode a : template) {
            String arg = a.asText();
            if (arg.equals("{sources}")) {
                cmd.add(entry);
                continue;
            }
            if (arg.equals("{options}")) {
                continue;
            }
            for (Map.Entry<String, String> v : values.entrySet()) {
                arg = arg.replace("{" + v.getKey() + "}", v.getValue());
            }
            cmd.add(arg.replace("/box/", dir + "/").replace("/box", dir.toString()));
        }
        return cmd;
    }

    static int run(List<String> cmd, Path dir, Map<String, String> env, String stdin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes());
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    static String newestJdk() throws Exception {
        String best = null;
        int bestMajor = -1;
        try (var dirs = Files.list(Path.of("/usr/lib/jvm"))) {
            for (Path d : dirs.toList()) {
                Path release = d.resolve("release");
                if (!Files.isRegularFile(release) || !Files.isExecutable(d.resolve("bin/javac"))) {
                    continue;
                }
                for (String line : Files.readAllLines(release)) {
                    if (line.startsWith("JAVA_VERSION=")) {
                        String v = line.substring(13).replace("\"", "");
                        int major = Integer.parseInt(v.split("[.+-]")[0]);
                        if (major > bestMajor) {
                            bestMajor = major;
                            best = d.toRealPath().toString();
                        }
                    }
                }
            }
        }
        return best;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("compression.type", "zstd");
        p.put("max.request.size", "16777216");
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }
}
