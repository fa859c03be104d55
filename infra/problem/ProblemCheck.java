import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code ./judge problem check PACKAGE}: imports a problem package (a zip or a directory) into the
 * running stack and judges every program under its {@code submissions/<expected>/}, showing
 * progress, then a table; exits 1 when a verdict (or a partial score) is not what the folder, or a
 * DOMjudge {@code @EXPECTED_RESULTS@:} line in the source, expects, 2 when the package is refused.
 *
 * <p>Usage: {@code java -cp infra/target/kafka-libs/* ProblemCheck.java API_URL PACKAGE}
 */
public class ProblemCheck {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern EXPECTED = Pattern.compile("@EXPECTED_RESULTS@:\\s*([A-Za-z_, -]+)");
    static final Map<String, Set<String>> FOLDERS = Map.of(
            "accepted", Set.of("ACCEPTED"),
            "wrong_answer", Set.of("WRONG_ANSWER"),
            "time_limit_exceeded", Set.of("TIME_LIMIT_EXCEEDED"),
            "run_time_error", Set.of("RUNTIME_ERROR"),
            "runtime_error", Set.of("RUNTIME_ERROR"),
            "compile_error", Set.of("COMPILATION_ERROR"),
            "memory_limit_exceeded", Set.of("MEMORY_LIMIT_EXCEEDED", "RUNTIME_ERROR"),
            "output_limit_exceeded", Set.of("OUTPUT_LIMIT_EXCEEDED", "WRONG_ANSWER"),
            "partially_accepted", Set.of("ACCEPTED", "WRONG_ANSWER", "TIME_LIMIT_EXCEEDED", "RUNTIME_ERROR"));
    static final Map<String, String> DOMJUDGE = Map.of("CORRECT", "ACCEPTED", "WRONG-ANSWER", "WRONG_ANSWER",
            "NO-OUTPUT", "WRONG_ANSWER", "TIMELIMIT", "TIME_LIMIT_EXCEEDED", "RUN-ERROR", "RUNTIME_ERROR",
            "COMPILER-ERROR", "COMPILATION_ERROR", "OUTPUT-LIMIT", "OUTPUT_LIMIT_EXCEEDED");

    record Program(String path, String folder, String language, Map<String, String> files, Set<String> expected) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ./judge problem check PACKAGE (a .zip or a directory)");
            System.exit(2);
        }
        String api = args[0].replaceAll("/$", "");
        Path pkg = Path.of(args[1]);
        if (!Files.exists(pkg)) {
            System.err.println("judge: problem check: no package at " + pkg);
            System.exit(2);
        }
        Map<String, byte[]> files = Files.isDirectory(pkg) ? readDirectory(pkg) : readZip(Files.readAllBytes(pkg));
        String name = pkg.getFileName().toString().replaceAll("\\.(zip|kpp)$", "");
        String id = name.replaceAll("[^A-Za-z0-9_-]", "-");
        id = id.substring(0, Math.min(64, id.length()));
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/problems/" + id))
                .timeout(Duration.ofMinutes(6)).header("Content-Type", "application/zip")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(zip(name, files))).build(), HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() >= 300) {
            System.err.println("judge: problem check: the package was refused (" + put.statusCode() + "):");
            System.err.println(JSON.readTree(put.body()).toPrettyString());
            System.exit(2);
        }
        JsonNode doc = JSON.readTree(put.body());
        System.out.printf("imported %s version %s: %s, %s, %d tests, time limit %.2f s (%s)%n", id, doc.path("version").asText(),
                doc.path("type").asText(), doc.path("validation").asText(), doc.path("testCount").asInt(),
                doc.path("timeLimitSec").asDouble(), doc.path("timeLimitFrom").asText());
        if (doc.hasNonNull("timeLimitDerivation")) {
            System.out.println("  time limit: " + doc.path("timeLimitDerivation").asText());
        }
        List<Program> programs = programs(files, languages(api));
        if (programs.isEmpty()) {
            System.out.println("no programs under submissions/ in a language the judge offers");
            return;
        }
        Map<Program, String> ids = new LinkedHashMap<>();
        for (Program p : programs) {
            ObjectNode s = JSON.createObjectNode().put("language", p.language()).put("problemId", id);
            var list = s.putArray("files");
            p.files().forEach((n, c) -> list.addObject().put("name", n).put("content", c));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(s.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            ids.put(p, r.statusCode() < 300 ? JSON.readTree(r.body()).path("id").asText() : null);
        }
        Map<Program, JsonNode> verdicts = new LinkedHashMap<>();
        long deadline = System.currentTimeMillis() + 30 * 60_000L;
        while (verdicts.size() < ids.size() && System.currentTimeMillis() < deadline) {
            for (Map.Entry<Program, String> e : ids.entrySet()) {
                if (verdicts.containsKey(e.getKey()) || e.getValue() == null) {
                    continue;
                }
                JsonNode v = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions/" + e.getValue()))
                        .GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                if (v.has("tests")) {
                    verdicts.put(e.getKey(), v);
                    System.out.printf("judged %d/%d: %s %s%n", verdicts.size(), ids.size(), e.getKey().path(), v.path("status").asText());
                }
            }
            Thread.sleep(500);
        }
        int wrong = 0;
        System.out.printf("%n%-48s %-22s %-22s %9s  %s%n", "submission", "expected", "verdict", "score", "");
        for (Program p : programs) {
            JsonNode v = verdicts.get(p);
            String got = v == null ? (ids.get(p) == null ? "(not accepted)" : "(no verdict)") : v.path("status").asText();
            boolean ok = v != null && p.expected().contains(got);
            if (ok && p.folder().equals("partially_accepted")) {
                double score = v.path("score").asDouble(-1), max = v.path("maxScore").asDouble(-1);
                ok = score > 0 && (max < 0 || score < max);
            }
            String score = v != null && v.hasNonNull("score") ? String.format(Locale.ROOT, "%.2f/%s", v.path("score").asDouble(),
                    v.path("maxScore").isNull() ? "-" : String.format(Locale.ROOT, "%.0f", v.path("maxScore").asDouble())) : "";
            wrong += ok ? 0 : 1;
            System.out.printf("%-48s %-22s %-22s %9s  %s%n", p.path(), String.join("|", p.expected()), got, score, ok ? "ok" : "DIFFERS");
        }
        System.out.printf("%n%d programs, %d as expected, %d differ%n", programs.size(), programs.size() - wrong, wrong);
        System.exit(wrong == 0 ? 0 : 1);
    }

    /** Each file under submissions/<folder>/ (or folder of files there) in a language the judge offers. */
    static List<Program> programs(Map<String, byte[]> files, Map<String, String> byExtension) {
        Map<String, Map<String, String>> grouped = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String[] parts = f.getKey().split("/");
            if (parts.length < 3 || !parts[0].equals("submissions")) {
                continue;
            }
            String program = parts.length == 3 ? f.getKey() : parts[0] + "/" + parts[1] + "/" + parts[2];
            grouped.computeIfAbsent(program, k -> new TreeMap<>()).put(parts[parts.length - 1],
                    new String(f.getValue(), StandardCharsets.UTF_8));
        }
        List<Program> out = new ArrayList<>();
        grouped.forEach((path, sources) -> {
            String folder = path.split("/")[1];
            String language = sources.keySet().stream().map(n -> n.contains(".") ? byExtension.get(n.substring(n.lastIndexOf('.') + 1)) : null)
                    .filter(l -> l != null).findFirst().orElse(null);
            Set<String> expected = FOLDERS.get(folder);
            for (String content : sources.values()) {
                Matcher m = EXPECTED.matcher(content);
                if (m.find()) {
                    expected = Set.copyOf(Stream.of(m.group(1).split(",")).map(String::strip).map(s -> s.toUpperCase(Locale.ROOT))
                            .map(s -> DOMJUDGE.getOrDefault(s, s)).toList());
                }
            }
            if (language != null && expected != null) {
                out.add(new Program(path, folder, language, sources, expected));
            }
        });
        return out;
    }

    /** File extension to the first language the judge offers that takes it. */
    static Map<String, String> languages(String api) throws Exception {
        JsonNode list = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/languages")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        Map<String, String> byExtension = new LinkedHashMap<>();
        for (JsonNode l : list) {
            for (JsonNode e : l.path("extensions")) {
                byExtension.putIfAbsent(e.asText(), l.path("name").asText());
            }
        }
        return byExtension;
    }

    static Map<String, byte[]> readDirectory(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The zip's files, relative to the package (its single top folder taken off). */
    static Map<String, byte[]> readZip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), in.readAllBytes());
                }
            }
        }
        String top = files.keySet().stream().map(n -> n.split("/")[0]).distinct().count() == 1 && !files.containsKey("problem.yaml")
                ? files.keySet().iterator().next().split("/")[0] + "/" : "";
        Map<String, byte[]> relative = new TreeMap<>();
        files.forEach((n, b) -> relative.put(n.startsWith(top) ? n.substring(top.length()) : n, b));
        return relative;
    }

    static byte[] zip(String top, Map<String, byte[]> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(top + "/" + f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
