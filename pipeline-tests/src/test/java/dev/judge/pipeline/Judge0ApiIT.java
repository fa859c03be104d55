package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The Judge0-compatible API through the real pipeline. Request and response shapes follow
 * Judge0 CE's documentation examples.
 */
class Judge0ApiIT {

    private static Pipeline pipeline;
    private static String api;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("judge0").startAll();
        api = pipeline.api(0);
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static JsonNode waitFor(String body, String query) {
        Http.Response r = Http.post(api + "/submissions?wait=true" + query, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void createThenGetGivesTheDocumentedDefaultFields() {
        // Judge0's documentation example: C, "hello, world" from stdin.
        String body = """
                {"source_code": "#include <stdio.h>\\n\\nint main(void) {\\n  char name[10];\\n  scanf(\\"%s\\", name);\\n  printf(\\"hello, %s\\\\n\\", name);\\n  return 0;\\n}",
                 "language_id": 50, "stdin": "world"}
                """;
        Http.Response created = Http.post(api + "/submissions", body);
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(api + "/submissions/" + token).json(),
                j -> j.get("status").get("id").asInt() > 2);
        assertThat(done.propertyNames()).containsExactlyInAnyOrder("stdout", "time", "memory", "stderr", "token",
                "compile_output", "message", "status");
        assertThat(done.get("stdout").asString()).isEqualTo("hello, world\n");
        assertThat(done.get("status").get("id").asInt()).isEqualTo(3);
        assertThat(done.get("status").get("description").asString()).isEqualTo("Accepted");
        assertThat(done.get("time").asString()).matches("\\d+\\.\\d{3}");
        assertThat(done.get("memory").isIntegralNumber()).isTrue();
    }

    @Test
    void waitWithAllFields() {
        JsonNode r = waitFor("{\"source_code\": \"print('hi')\", \"language_id\": 71, \"expected_output\": \"hi\"}", "&fields=*");
        assertThat(r.get("status").get("id").asInt()).isEqualTo(3);
        assertThat(r.get("language").get("id").asInt()).isEqualTo(71);
        assertThat(r.get("language").get("name").asString()).startsWith("Python (3.");
        assertThat(r.get("wall_time").asString()).matches("\\d+\\.\\d{3}");
        assertThat(r.get("exit_code").asInt()).isZero();
        assertThat(r.has("exit_signal")).isTrue();
        assertThat(r.get("created_at").asString()).isNotBlank();
        assertThat(r.get("finished_at").asString()).isNotBlank();
        assertThat(r.get("source_code").asString()).isEqualTo("print('hi')");
    }

    @Test
    void selectedFieldsOnly() {
        JsonNode r = waitFor("{\"source_code\": \"print(1)\", \"language_id\": 71}", "&fields=status_id,stdout");
        assertThat(r.propertyNames()).containsExactlyInAnyOrder("status_id", "stdout");
    }

    @Test
    void base64InAndOut() {
        String source = Base64.getEncoder().encodeToString("print(input()[::-1])".getBytes(StandardCharsets.UTF_8));
        String stdin = Base64.getEncoder().encodeToString("abc".getBytes(StandardCharsets.UTF_8));
        JsonNode r = waitFor("{\"source_code\": \"" + source + "\", \"language_id\": 71, \"stdin\": \"" + stdin + "\"}",
                "&base64_encoded=true");
        assertThat(new String(Base64.getMimeDecoder().decode(r.get("stdout").asString()), StandardCharsets.UTF_8)).isEqualTo("cba\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "50 | int main(void){ return undefined; }                         | 6",
        "71 | def broken(:                                                | 6",
        "54 | int main(){ int *p = nullptr; return *p; }                  | 7",
        "71 | raise SystemExit(3)                                         | 11",
        "50 | int main(void){ for(;;); }                                  | 5",
        "63 | const a = []; for (;;) a.push(new Array(1000000).fill(1));  | 15",
    })
    void statusesAreJudge0s(int language, String source, int status) {
        JsonNode r = waitFor("{\"source_code\": " + json(source) + ", \"language_id\": " + language
                + ", \"cpu_time_limit\": 1, \"memory_limit\": 65536}", "");
        assertThat(r.get("status").get("id").asInt()).as(r.toString()).isEqualTo(status);
        if (status == 6) {
            assertThat(r.get("compile_output").asString()).isNotBlank();
        }
    }

    @Test
    void numberOfRunsRunsThatManyTimesAndAverages() {
        JsonNode r = waitFor("{\"source_code\": \"print(2)\", \"language_id\": 71, \"number_of_runs\": 3, \"expected_output\": \"2\"}",
                "&fields=status,time,memory,number_of_runs");
        assertThat(r.get("status").get("id").asInt()).isEqualTo(3);
        assertThat(r.get("number_of_runs").asInt()).isEqualTo(3);
        assertThat(r.get("time").asString()).matches("\\d+\\.\\d{3}");
    }

    @Test
    void invalidFieldsAre422WithJudge0sShape() {
        Http.Response r = Http.post(api + "/submissions",
                "{\"source_code\": \"x\", \"language_id\": 999, \"cpu_time_limit\": 100, \"memory_limit\": \"lots\"}");
        assertThat(r.status()).isEqualTo(422);
        JsonNode e = r.json();
        assertThat(e.get("language_id").get(0).asString()).isEqualTo("language with id 999 doesn't exist");
        assertThat(e.get("cpu_time_limit").get(0).asString()).isEqualTo("must be less than or equal to 15");
        assertThat(e.get("memory_limit").get(0).asString()).contains("is not a number");
    }

    @Test
    void aLimitAboveTheLanguagesCapIs422NamingTheField() {
        Http.Response r = Http.post(api + "/submissions", "{\"source_code\": \"print(1)\", \"language_id\": 71, \"memory_limit\": 500000}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("memory_limit").get(0).asString()).contains("python cap");
    }

    @Test
    void networkIsRefused() {
        Http.Response r = Http.post(api + "/submissions", "{\"source_code\": \"print(1)\", \"language_id\": 71, \"enable_network\": true}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().has("enable_network")).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonIs400AndAnUnknownTokenIs404() {
        assertThat(Http.post(api + "/submissions", "{not json").status()).isEqualTo(400);
        assertThat(Http.get(api + "/submissions/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void aBodyAboveTheLimitIs413() {
        String huge = "{\"source_code\": \"" + "x".repeat(9 * 1024 * 1024) + "\", \"language_id\": 71}";
        assertThat(Http.post(api + "/submissions", huge).status()).isEqualTo(413);
    }

    @Test
    void batchCreatesAndReadsInTokenOrder() {
        Http.Response created = Http.post(api + "/submissions/batch", """
                {"submissions": [
                  {"language_id": 71, "source_code": "print('a')"},
                  {"language_id": 71},
                  {"language_id": 50, "source_code": "int main(void){return 0;}"}]}
                """);
        assertThat(created.status()).isEqualTo(201);
        JsonNode items = created.json();
        assertThat(items).hasSize(3);
        assertThat(items.get(1).get("source_code").get(0).asString()).isEqualTo("can't be blank");
        String a = items.get(0).get("token").asString();
        String c = items.get(2).get("token").asString();
        JsonNode batch = await().atMost(Duration.ofSeconds(60)).until(
                () -> Http.get(api + "/submissions/batch?tokens=" + c + "," + a + "&fields=token,status").json(),
                j -> j.get("submissions").get(0).get("status").get("id").asInt() > 2
                        && j.get("submissions").get(1).get("status").get("id").asInt() > 2);
        assertThat(batch.get("submissions").get(0).get("token").asString()).isEqualTo(c);
        assertThat(batch.get("submissions").get(1).get("token").asString()).isEqualTo(a);
        assertThat(Http.post(api + "/submissions/batch", "{\"submissions\": []}").status()).isEqualTo(422);
    }

    @Test
    void catalogueEndpoints() {
        JsonNode languages = Http.get(api + "/languages").json();
        assertThat(languages.findValuesAsString("name")).anyMatch(n -> n.startsWith("C (GCC "))
                .anyMatch(n -> n.startsWith("Java (OpenJDK ")).anyMatch(n -> n.startsWith("JavaScript (Node.js "));
        // Every installed language's Judge0 ids (./judge test installs every declared one).
        assertThat(languages.findValues("id")).extracting(JsonNode::asInt).contains(50, 54, 62, 63, 71, 73, 60, 89)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(dev.judge.model.Language.values())
                        .filter(l -> l.profile().judge0() != null).flatMap(l -> l.profile().judge0().ids().stream()).toList());
        assertThat(Http.get(api + "/languages/all").json().get(0).has("is_archived")).isTrue();
        JsonNode java = Http.get(api + "/languages/62").json();
        assertThat(java.get("source_file").asString()).isEqualTo("Main.java");
        assertThat(Http.get(api + "/languages/1").status()).isEqualTo(404);
        JsonNode statuses = Http.get(api + "/statuses").json();
        assertThat(statuses).hasSize(15);
        assertThat(statuses.get(14).get("description").asString()).isEqualTo("Memory Limit Exceeded");
        assertThat(Http.get(api + "/about").json().has("version")).isTrue();
        JsonNode config = Http.get(api + "/config_info").json();
        assertThat(config.get("max_cpu_time_limit").asDouble()).isEqualTo(15);
        assertThat(config.get("enable_network").asBoolean()).isFalse();
        JsonNode workers = await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(api + "/workers").json(),
                w -> w.get(1).get("available").asInt() > 0);
        assertThat(workers.get(0).propertyNames()).containsExactlyInAnyOrder("queue", "size", "available", "idle",
                "working", "paused", "failed");
    }

    @Test
    void aFailingCallbackIsRetriedWithBackOff() throws Exception {
        List<Integer> answers = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/flaky", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = answers.size() < 2 ? 503 : 200;
            answers.add(status);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/flaky";
            Http.post(api + "/submissions", "{\"source_code\": \"print(8)\", \"language_id\": 71, \"callback_url\": \"" + url + "\"}");
            await().atMost(Duration.ofSeconds(60)).until(() -> answers.contains(200));
            assertThat(answers).containsExactly(503, 503, 200);
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aCallbackIsPutToTheReceiverAndInternalTargetsAreRefused() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/done", exchange -> {
            received.add(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/done";
            Http.Response r = Http.post(api + "/submissions",
                    "{\"source_code\": \"print(7)\", \"language_id\": 71, \"callback_url\": \"" + url + "\"}");
            assertThat(r.status()).isEqualTo(201);
            String token = r.json().get("token").asString();
            await().atMost(Duration.ofSeconds(60)).until(() -> !received.isEmpty());
            assertThat(received.get(0)).startsWith("PUT ").contains(token).contains("\"stdout\":\"7\\n\"");
        } finally {
            receiver.stop(0);
        }
        for (String internal : List.of("http://10.0.0.1/cb", "http://169.254.169.254/latest/meta-data", "http://localhost:8080/x",
                "http://[::1]/x", "ftp://example.com/")) {
            Http.Response refused = Http.post(api + "/submissions",
                    "{\"source_code\": \"print(7)\", \"language_id\": 71, \"callback_url\": \"" + internal + "\"}");
            assertThat(refused.status()).as(internal).isEqualTo(422);
            assertThat(refused.json().has("callback_url")).isTrue();
        }
    }
}
