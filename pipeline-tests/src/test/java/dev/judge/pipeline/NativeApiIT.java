package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The native API through the real pipeline, with two api-service instances in front of it. */
class NativeApiIT {

    private static final String SECRET = "s3cret";
    private static Pipeline pipeline;
    private static String api;
    private static String second;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("native").startAll().startApi(Map.of("JUDGE_API_AUTH_TOKENS", SECRET));
        api = pipeline.api(0);
        second = pipeline.api(1);
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    private static String submission(String id, String language, String source, String... stdinExpected) {
        StringBuilder tests = new StringBuilder();
        for (int i = 0; i < stdinExpected.length; i += 2) {
            tests.append(i == 0 ? "" : ",").append("{\"stdin\": ").append(Json.mapper().writeValueAsString(stdinExpected[i]))
                    .append(", \"expectedOutput\": ").append(Json.mapper().writeValueAsString(stdinExpected[i + 1])).append("}");
        }
        return "{" + (id == null ? "" : "\"id\": \"" + id + "\", ") + "\"language\": \"" + language + "\", \"source\": "
                + Json.mapper().writeValueAsString(source) + ", \"tests\": [" + tests + "]}";
    }

    @Test
    void submitThenGetTheVerdict() {
        Http.Response r = Http.post(api + "/api/v1/submissions", submission(null, "python", "print(int(input()) + 1)", "1", "2", "41", "42"));
        assertThat(r.status()).isEqualTo(202);
        String id = r.json().get("id").asString();
        JsonNode v = await().atMost(Duration.ofSeconds(60)).until(() -> Http.get(api + "/api/v1/submissions/" + id).json(),
                j -> j.has("tests"));
        assertThat(v.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(v.get("passed").asInt()).isEqualTo(2);
        assertThat(Http.get(api + "/api/v1/submissions/never-submitted").status()).isEqualTo(404);
    }

    @Test
    void waitAnswersWithTheVerdictAndFullOutputs() {
        String big = "print('x' * 20000)";
        Http.Response r = Http.post(api + "/api/v1/submissions?wait=true", submission(null, "python", big, "", "x".repeat(20000)));
        assertThat(r.status()).isEqualTo(200);
        JsonNode v = r.json();
        assertThat(v.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(v.get("tests").get(0).get("stdout").asString()).hasSize(20001);
    }

    @Test
    void aClientChosenIdIsIdempotentAndADifferentBodyConflicts() {
        String id = "native-" + UUID.randomUUID();
        String body = submission(id, "python", "print(input())", "a", "a");
        assertThat(Http.post(api + "/api/v1/submissions", body).status()).isEqualTo(202);
        assertThat(Http.post(api + "/api/v1/submissions", body).status()).isEqualTo(202);
        Http.Response conflict = Http.post(api + "/api/v1/submissions", submission(id, "python", "print(1)", "a", "a"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("error").asString()).contains("id", "already used");
    }

    @Test
    void errorsNameTheField() {
        Http.Response invalid = Http.post(api + "/api/v1/submissions",
                "{\"language\": \"python\", \"source\": \"print(1)\", \"tests\": [{}], \"limits\": {\"cpuTimeSec\": 99}}");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().get("problems").get(0).asString()).startsWith("limits.cpuTimeSec:");
        Http.Response malformed = Http.post(api + "/api/v1/submissions", "{\"language\": \"c\", \"tests\": \"nope\"}");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().get("problems").get(0).asString()).startsWith("tests:");
        assertThat(Http.post(api + "/api/v1/submissions", "nope").status()).isEqualTo(400);
    }

    @Test
    void languagesCarryVersionsAndLimits() {
        JsonNode languages = Http.get(api + "/api/v1/languages").json();
        assertThat(languages).hasSize(dev.judge.model.Language.values().length);
        // The catalogue's order is not part of the API: find java by name.
        JsonNode java = languages.valueStream().filter(l -> l.get("language").asString().equals("java")).findFirst()
                .orElseThrow(() -> new AssertionError("no java in " + languages));
        assertThat(java.get("caps").get("cpuTimeSec").asDouble()).isEqualTo(8);
        assertThat(Http.get(api + "/openapi.yaml").body()).contains("openapi: 3");
    }

    @Test
    void eventsStreamEachTestThenTheVerdictAndReplayForLateClients() throws Exception {
        String source = "import time\ntime.sleep(0.4)\nprint(input())";
        Http.Response r = Http.post(api + "/api/v1/submissions", submission(null, "python", source, "1", "1", "2", "2", "3", "3", "4", "4"));
        String id = r.json().get("id").asString();
        List<String> live = readEvents(api + "/api/v1/submissions/" + id + "/events");
        assertThat(live.stream().filter(e -> e.startsWith("test ")).count()).isEqualTo(4);
        assertThat(live.get(live.size() - 1)).startsWith("verdict ").contains("\"status\":\"ACCEPTED\"");
        List<String> replay = readEvents(second + "/api/v1/submissions/" + id + "/events", "X-Auth-Token", SECRET);
        assertThat(replay).hasSize(5);
        assertThat(replay.get(4)).startsWith("verdict ");
    }

    /** Reads an event stream to its end: "name data" per event. */
    private static List<String> readEvents(String url, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    events.add(name + " " + line.substring(5).trim());
                }
            }
        }
        return events;
    }

    @Test
    void bothApisGiveTheSameVerdicts() {
        record Program(int judge0Id, String language, String source, String judge0Status, String nativeStatus) {
        }
        List<Program> programs = List.of(
                new Program(71, "python", "print(input())", "Accepted", "ACCEPTED"),
                new Program(71, "python", "print('no')", "Wrong Answer", "WRONG_ANSWER"),
                new Program(50, "c", "int main(void){return 3;}", "Runtime Error (NZEC)", "RUNTIME_ERROR"),
                new Program(54, "cpp", "int main(){ nope; }", "Compilation Error", "COMPILATION_ERROR"));
        for (Program p : programs) {
            JsonNode judge0 = Http.post(api + "/submissions?wait=true", "{\"source_code\": "
                    + Json.mapper().writeValueAsString(p.source()) + ", \"language_id\": " + p.judge0Id()
                    + ", \"stdin\": \"yes\", \"expected_output\": \"yes\"}").json();
            JsonNode nativeVerdict = Http.post(api + "/api/v1/submissions?wait=true",
                    submission(null, p.language(), p.source(), "yes", "yes")).json();
            assertThat(judge0.get("status").get("description").asString()).as(p.source()).isEqualTo(p.judge0Status());
            assertThat(nativeVerdict.get("status").asString()).as(p.source()).isEqualTo(p.nativeStatus());
        }
    }

    @Test
    void twoInstancesAnswerWaitForEachOthersSubmissions() {
        List<CompletableFuture<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = submission("pair-" + UUID.randomUUID(), "python", "print(input())", String.valueOf(i), String.valueOf(i));
            boolean first = i % 2 == 0;
            answers.add(CompletableFuture.supplyAsync(() -> first
                    ? Http.post(api + "/api/v1/submissions?wait=true", body)
                    : Http.post(second + "/api/v1/submissions?wait=true", body, "X-Auth-Token", SECRET)));
        }
        for (CompletableFuture<Http.Response> answer : answers) {
            Http.Response r = answer.join();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().get("status").asString()).isEqualTo("ACCEPTED");
        }
    }

    @Test
    void theSecondInstanceRequiresItsToken() {
        Http.Response r = Http.get(second + "/api/v1/languages");
        assertThat(r.status()).isEqualTo(401);
        assertThat(Http.get(second + "/api/v1/languages", "X-Auth-Token", SECRET).status()).isEqualTo(200);
        assertThat(Http.get(second + "/languages", "X-Auth-Token", "wrong").status()).isEqualTo(401);
    }
}
