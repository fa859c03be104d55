package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The traffic of the fault tests: small Python submissions (three tests each, one program, so one
 * syntax check and no compile) sent over the HTTP API as a platform would, each one accepted (202)
 * or the test fails; then every accepted one is awaited until its verdict is visible.
 */
final class FaultBurst {

    static final String SOURCE = "a, b = map(int, input().split())\nprint(a + b)\n";

    private final String api;
    private final String prefix;
    private final List<String> accepted = new ArrayList<>();

    FaultBurst(String api, String prefix) {
        this.api = api;
        this.prefix = prefix;
    }

    /** Sends {@code count} submissions, one after the other; each must be accepted. */
    List<String> send(int count) {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
            Http.Response r = Http.post(api + "/api/v1/submissions", body(id));
            assertThat(r.status()).as("submission %s accepted: %s", id, r.body()).isEqualTo(202);
            sent.add(id);
        }
        accepted.addAll(sent);
        return sent;
    }

    static String body(String id) {
        return "{\"id\": \"" + id + "\", \"language\": \"python\", \"source\": " + Json.mapper().writeValueAsString(SOURCE)
                + ", \"tests\": [{\"stdin\": \"2 3\", \"expectedOutput\": \"5\"}, {\"stdin\": \"40 2\", \"expectedOutput\": \"42\"},"
                + " {\"stdin\": \"-7 7\", \"expectedOutput\": \"0\"}]}";
    }

    List<String> accepted() {
        return List.copyOf(accepted);
    }

    /** Waits until every accepted submission's verdict can be read over HTTP, and checks it is ACCEPTED with 3 of 3. */
    void awaitEveryVerdict(Duration atMost) {
        java.util.Map<String, tools.jackson.databind.JsonNode> verdicts = new java.util.concurrent.ConcurrentHashMap<>();
        await("every accepted submission's verdict").atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (String id : accepted) {
                if (!verdicts.containsKey(id)) {
                    var v = Http.get(api + "/api/v1/submissions/" + id).json();
                    if (v.has("tests")) {
                        verdicts.put(id, v);
                    }
                }
            }
            return verdicts.size() == accepted.size();
        });
        assertThat(verdicts).allSatisfy((id, v) -> {
            assertThat(v.get("status").asString()).as(id).isEqualTo("ACCEPTED");
            assertThat(v.get("passed").asInt()).as(id).isEqualTo(3);
        });
    }
}
