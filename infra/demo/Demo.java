import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * ./judge demo: publishes a few submissions in every language to judge.submissions, waits for
 * their verdicts on judge.verdicts and prints them as a table. Run with the broker's class path.
 */
public class Demo {

    /** A submission to show; with {@code problemId}, judged on that imported problem instead of its own test. */
    record Case(String name, String language, String source, String stdin, String expected, double cpu, String problemId) {
        Case(String name, String language, String source, String stdin, String expected, double cpu) {
            this(name, language, source, stdin, expected, cpu, null);
        }
    }

    /**
     * Imports the end-to-end tests' small problem package (sumfloat: half the sum, a float tolerance)
     * over HTTP and returns two submissions on it: one right, one wrong.
     */
    static List<Case> problemCases(java.nio.file.Path problems, String api) throws Exception {
        java.nio.file.Path dir = problems.resolve("sumfloat");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return List.of();
        }
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(zip);
                var walk = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path f : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("sumfloat/" + dir.relativize(f)));
                out.write(java.nio.file.Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        var put = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api + "/api/v1/problems/demo-sumfloat")).header("Content-Type", "application/zip")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(zip.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        System.out.printf("Imported problem demo-sumfloat (HTTP %d): %s%n", put.statusCode(), put.body());
        if (put.statusCode() >= 300) {
            return List.of();
        }
        return List.of(
                new Case("problem", "python", java.nio.file.Files.readString(dir.resolve("submissions/accepted/half.py")), "", "", 2,
                        "demo-sumfloat"),
                new Case("problem", "python", java.nio.file.Files.readString(dir.resolve("submissions/wrong_answer/floor.py")), "",
                        "", 2, "demo-sumfloat"));
    }

    static final String APLUSB_C = "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);return 0;}\n";
    static final String APLUSB_CPP = "#include <iostream>\nint main(){long a,b;std::cin>>a>>b;std::cout<<a+b<<\"\\n\";}\n";
    static final String APLUSB_JAVA = "import java.util.*;\npublic class Main{public static void main(String[] x){Scanner s=new Scanner(System.in);System.out.println(s.nextLong()+s.nextLong());}}\n";
    static final String APLUSB_PY = "a, b = map(int, input().split())\nprint(a + b)\n";
    static final String APLUSB_JS = "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(Number);\nconsole.log(a + b);\n";

    static final List<Case> CASES = List.of(
            new Case("A+B", "c", APLUSB_C, "2 3", "5", 2),
            new Case("A+B", "cpp", APLUSB_CPP, "2 3", "5", 2),
            new Case("A+B", "java", APLUSB_JAVA, "2 3", "5", 4),
            new Case("A+B", "python", APLUSB_PY, "2 3", "5", 2),
            new Case("A+B", "javascript", APLUSB_JS, "2 3", "5", 2),
            new Case("wrong answer", "python", "print(42)\n", "2 3", "5", 2),
            new Case("wrong answer", "c", "int main(void){return !puts(\"4\");}\n", "2 3", "5", 2),
            new Case("time limit", "c", "int main(void){for(;;);}\n", "", "", 1),
            new Case("time limit", "javascript", "while (true) {}\n", "", "", 1),
            new Case("time limit", "java", "public class Main{public static void main(String[] a){for(;;);}}\n", "", "", 1),
            new Case("compile error", "cpp", "int main() { return undefined_name; }\n", "", "", 2),
            new Case("compile error", "python", "def broken(:\n    pass\n", "", "", 2),
            new Case("compile error", "java", "public class Main { void f() { int x = \"s\"; } }\n", "", "", 2),
            new Case("runtime error", "python", "raise SystemExit(3)\n", "", "", 2));

    /** A+B in every other declared language, from the end-to-end tests' programs (languages/<name>/ab.*). */
    static List<Case> everyOtherLanguage(java.nio.file.Path programs) throws java.io.IOException {
        List<Case> cases = new java.util.ArrayList<>();
        if (!java.nio.file.Files.isDirectory(programs)) {
            return cases;
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        CASES.forEach(c -> shown.add(c.language()));
        try (var dirs = java.nio.file.Files.list(programs)) {
            for (java.nio.file.Path dir : dirs.sorted().toList()) {
                String language = dir.getFileName().toString();
                if (shown.contains(language)) {
                    continue;
                }
                try (var files = java.nio.file.Files.list(dir)) {
                    var ab = files.filter(f -> f.getFileName().toString().startsWith("ab.")).findFirst();
                    if (ab.isPresent()) {
                        cases.add(new Case("A+B", language, java.nio.file.Files.readString(ab.get()), "2 3", "5", 2));
                    }
                }
            }
        }
        return cases;
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        List<Case> cases = new java.util.ArrayList<>(CASES);
        if (args.length > 1) {
            cases.addAll(everyOtherLanguage(java.nio.file.Path.of(args[1])));
        }
        if (args.length > 3) {
            cases.addAll(problemCases(java.nio.file.Path.of(args[2]), args[3]));
        }
        ObjectMapper json = new ObjectMapper();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Case> byId = new LinkedHashMap<>();

        Properties cp = new Properties();
        cp.put("bootstrap.servers", bootstrap);
        cp.put("group.id", "judge-demo-" + run);
        cp.put("auto.offset.reset", "latest");
        try (KafkaConsumer<String, String> verdicts = new KafkaConsumer<>(cp, new StringDeserializer(), new StringDeserializer())) {
            verdicts.subscribe(List.of("judge.verdicts"));
            while (verdicts.assignment().isEmpty()) {
                verdicts.poll(Duration.ofMillis(200));
            }
            Properties pp = new Properties();
            pp.put("bootstrap.servers", bootstrap);
            pp.put("acks", "all");
            pp.put("compression.type", "zstd");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(pp, new StringSerializer(), new StringSerializer())) {
                int n = 0;
                for (Case c : cases) {
                    String id = "demo-" + run + "-" + (n++);
                    ObjectNode s = json.createObjectNode();
                    s.put("id", id).put("language", c.language()).put("source", c.source());
                    if (c.problemId() != null) {
                        s.put("problemId", c.problemId());
                    } else {
                        ObjectNode test = s.putArray("tests").addObject();
                        test.put("stdin", c.stdin());
                        test.put("expectedOutput", c.expected());
                        s.putObject("limits").put("cpuTimeSec", c.cpu());
                    }
                    producer.send(new ProducerRecord<>("judge.submissions", id, json.writeValueAsString(s))).get();
                    byId.put(id, c);
                }
            }
            System.out.printf("%nPublished %d submissions; waiting for their verdicts...%n%n", byId.size());
            Map<String, JsonNode> results = new LinkedHashMap<>();
            long deadline = System.currentTimeMillis() + 300_000;
            while (results.size() < byId.size() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : verdicts.poll(Duration.ofMillis(500))) {
                    if (byId.containsKey(r.key())) {
                        results.put(r.key(), json.readTree(r.value()));
                    }
                }
            }
            System.out.printf("%-14s %-12s %-22s %7s %9s %8s %8s%n", "case", "language", "verdict", "tests", "cpu (s)", "mem KB", "total ms");
            System.out.println("-".repeat(86));
            for (Map.Entry<String, Case> e : byId.entrySet()) {
                JsonNode v = results.get(e.getKey());
                Case c = e.getValue();
                if (v == null) {
                    System.out.printf("%-14s %-12s %-22s%n", c.name(), c.language(), "(no verdict yet)");
                    continue;
                }
                System.out.printf("%-14s %-12s %-22s %3d/%-3d %9.3f %8d %8d%n", c.name(), c.language(), v.path("status").asText(),
                        v.path("passed").asInt(), v.path("total").asInt(), v.path("cpuTimeSec").asDouble(),
                        v.path("memoryKb").asLong(), v.path("timings").path("totalMs").asLong());
            }
            if (results.size() < byId.size()) {
                System.exit(1);
            }
        }
    }
}
