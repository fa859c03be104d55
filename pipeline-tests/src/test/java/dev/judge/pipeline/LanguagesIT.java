package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Json;
import dev.judge.model.Language;
import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.pipeline.LanguagePrograms.Case;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every declared language through the real stack: its programs for each {@link Case} on
 * {@code judge.submissions}, and A+B through the native and the Judge0 HTTP API. Everything is
 * sent at once, so slow toolchains compile in parallel; the verdicts are checked per language.
 */
class LanguagesIT {

    private static final String READ_ALL_INPUT = IntStream.rangeClosed(1, 1000).mapToObj(i -> i + "\n")
            .reduce("", String::concat);

    private static Pipeline pipeline;
    private static JudgeClient client;
    private static String api;
    /** Submission ids by language and case; "native" and "judge0" for the HTTP A+B. */
    private static final Map<Language, Map<String, String>> sent = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("languages").startAll();
        client = new JudgeClient();
        api = pipeline.api(0);
        for (Language l : Language.values()) {
            Map<String, String> ids = new HashMap<>();
            for (Case c : Case.values()) {
                LanguagePrograms.program(l, c).ifPresent(p -> {
                    String id = "lang-" + l.wireName() + "-" + c.fileStem() + "-" + UUID.randomUUID().toString().substring(0, 8);
                    client.send(id, submission(id, l, LanguagePrograms.read(p), c));
                    ids.put(c.name(), id);
                });
            }
            LanguagePrograms.program(l, Case.AB).ifPresent(p -> {
                String source = LanguagePrograms.read(p);
                Http.Response r = Http.post(api + "/api/v1/submissions", nativeAPlusB(l, source));
                assertThat(r.status()).as("%s over the native API: %s", l, r.body()).isIn(200, 201, 202);
                ids.put("native", r.json().get("id").asText());
                if (l.profile().judge0() != null) {
                    Http.Response j = Http.post(api + "/submissions", Json.mapper().writeValueAsString(Map.of(
                            "source_code", source, "language_id", l.profile().judge0().ids().get(0),
                            "stdin", "20 22", "expected_output", "42")));
                    assertThat(j.status()).as("%s over the Judge0 API: %s", l, j.body()).isEqualTo(201);
                    ids.put("judge0", j.json().get("token").asText());
                }
            });
            LanguagePrograms.multiFile(l).ifPresent(files -> {
                List<Map<String, String>> list = new ArrayList<>();
                files.forEach((name, content) -> list.add(Map.of("name", name, "content", content)));
                Http.Response r = Http.post(api + "/api/v1/submissions", Json.mapper().writeValueAsString(Map.of(
                        "language", l.wireName(), "files", list, "tests", List.of(test("20 22\n", "42")))));
                assertThat(r.status()).as("%s of several files: %s", l, r.body()).isIn(200, 201, 202);
                ids.put("multi", r.json().get("id").asText());
            });
            sent.put(l, ids);
        }
        // Judge0's additional_files beside a C++ source (every .cpp compiled and linked), and its
        // language 89: the archive's compile and run scripts.
        Map<String, String> judge0Files = sent.get(Language.CPP);
        judge0Files.put("judge0-files", judge0(Map.of("language_id", 54, "source_code",
                "#include \"add.h\"\n#include <iostream>\nint main(){long a,b;std::cin>>a>>b;std::cout<<add(a,b)<<\"\\n\";}\n",
                "additional_files", zip(Map.of("add.h", "long add(long a, long b);\n",
                        "add.cpp", "#include \"add.h\"\nlong add(long a, long b) { return a + b; }\n")))));
        judge0Files.put("judge0-multi", judge0(Map.of("language_id", 89, "additional_files", zip(Map.of(
                "main.c", "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);return 0;}\n",
                "compile", "/usr/bin/gcc -O2 -o prog main.c\n",
                "run", "./prog\n")))));
    }

    private static String judge0(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("stdin", "20 22");
        body.put("expected_output", "42");
        Http.Response r = Http.post(api + "/submissions", Json.mapper().writeValueAsString(body));
        assertThat(r.status()).as("Judge0 %s: %s", fields.get("language_id"), r.body()).isEqualTo(201);
        return r.json().get("token").asText();
    }

    private static String zip(Map<String, String> files) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(f.getKey()));
                z.write(f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    @AfterAll
    static void stop() {
        client.close();
        pipeline.close();
    }

    @Test
    void theCatalogueListsEveryDeclaredLanguageAsInstalled() {
        JsonNode list = Http.get(api + "/api/v1/languages").json();
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.get("name").asText()));
        assertThat(names).containsExactlyElementsOf(Arrays.stream(Language.values()).map(Language::wireName).toList());
        list.forEach(n -> {
            assertThat(n.get("version").asText()).as(n.toString()).isNotEqualTo("unknown").isNotBlank();
            assertThat(n.get("extensions").size()).as(n.toString()).isPositive();
        });
        JsonNode judge0 = Http.get(api + "/languages").json();
        List<Integer> ids = new ArrayList<>();
        judge0.forEach(n -> ids.add(n.get("id").asInt()));
        assertThat(ids).containsAll(Arrays.stream(Language.values()).filter(l -> l.profile().judge0() != null)
                .flatMap(l -> l.profile().judge0().ids().stream()).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyLanguageGetsTheVerdictOfEachOfItsPrograms() {
        List<DynamicTest> tests = new ArrayList<>();
        sent.forEach((language, ids) -> ids.forEach((what, id) -> tests.add(DynamicTest.dynamicTest(
                language.wireName() + " " + what.toLowerCase(java.util.Locale.ROOT), () -> check(language, what, id)))));
        return tests.stream();
    }

    private static void check(Language language, String what, String id) {
        switch (what) {
            case "native", "multi" -> {
                JsonNode v = await().atMost(Duration.ofSeconds(600)).pollInterval(Duration.ofMillis(500)).until(
                        () -> Http.get(api + "/api/v1/submissions/" + id).json(), n -> n.has("tests"));
                assertThat(v.get("status").asText()).as("%s: %s", language, v).isEqualTo("ACCEPTED");
            }
            case "judge0", "judge0-files", "judge0-multi" -> {
                JsonNode v = await().atMost(Duration.ofSeconds(600)).pollInterval(Duration.ofMillis(500)).until(
                        () -> Http.get(api + "/submissions/" + id).json(), n -> n.get("status").get("id").asInt() > 2);
                assertThat(v.get("status").get("description").asText()).as("%s: %s", language, v).isEqualTo("Accepted");
                assertThat(v.get("stdout").asText()).isEqualTo("42\n");
            }
            default -> {
                Case c = Case.valueOf(what);
                Verdict v = await().atMost(Duration.ofSeconds(600)).until(() -> client.verdict(id),
                        java.util.Optional::isPresent).get();
                assertThat(v.status()).as("%s %s: %s", language, c, v).isEqualTo(expected(c));
                if (c == Case.STDERR) {
                    assertThat(v.tests().get(0).stdout()).as("%s: %s", language, v).isEqualTo("7\n");
                    assertThat(v.tests().get(0).stderr()).as("%s: %s", language, v).contains("debug");
                }
            }
        }
    }

    private static Status expected(Case c) {
        return switch (c) {
            case AB, READ_ALL, STDERR -> Status.ACCEPTED;
            case COMPILE_ERROR -> Status.COMPILATION_ERROR;
            case RUNTIME_ERROR -> Status.RUNTIME_ERROR;
            case TIME_LIMIT -> Status.TIME_LIMIT_EXCEEDED;
            case MEMORY_LIMIT -> Status.MEMORY_LIMIT_EXCEEDED;
        };
    }

    private static String submission(String id, Language l, String source, Case c) {
        List<Map<String, Object>> tests = switch (c) {
            case AB -> List.of(test("2 3\n", "5"), test("40 2\n", "42"), test("1000000 2000000\n", "3000000"));
            case READ_ALL -> List.of(test(READ_ALL_INPUT, "500500"));
            case STDERR -> List.of(test("3 4\n", "7"));
            default -> List.of(test("1 2\n", "never printed"));
        };
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("language", l.wireName());
        s.put("source", source);
        s.put("tests", tests);
        if (c == Case.TIME_LIMIT) {
            s.put("limits", Map.of("cpuTimeSec", 1));
        }
        if (c == Case.MEMORY_LIMIT) {
            // Time to reach the memory limit even on a loaded machine (Bash filling 256 MiB took
            // 2.5 s of CPU there and hit the default 2 s first); every language's cap allows 5 s.
            s.put("limits", Map.of("cpuTimeSec", 5));
        }
        return Json.mapper().writeValueAsString(s);
    }

    private static String nativeAPlusB(Language l, String source) {
        return Json.mapper().writeValueAsString(Map.of("language", l.wireName(), "source", source,
                "tests", List.of(test("20 22\n", "42"))));
    }

    private static Map<String, Object> test(String stdin, String expected) {
        return Map.of("stdin", stdin, "expectedOutput", expected);
    }
}
