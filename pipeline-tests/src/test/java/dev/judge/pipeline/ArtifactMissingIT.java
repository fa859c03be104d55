package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.run.execute.TestRunner;
import dev.judge.testing.RedisServer;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A compiled program's artifact is gone from Redis when run-service needs it (its time to live ran
 * out behind a long queue, the memory guard evicted it, Redis lost it): the tests are not run and
 * the verdict is a clear INTERNAL_ERROR that says why and what to do, never a lost or stuck
 * submission; the same program sent again is compiled again and judged.
 */
class ArtifactMissingIT {

    private static final String GROUP = "artifact-" + UUID.randomUUID().toString().substring(0, 6);

    private static final List<String> IN_FLIGHT = List.of("QUEUED", "COMPILING", "RUNNING");

    private static Pipeline pipeline;
    private static StatefulRedisConnection<String, String> redis;

    @BeforeAll
    static void start() {
        // No run-service yet: the tests wait on judge.runs while the artifact is taken away.
        pipeline = new Pipeline(GROUP).startCompile().startResult().startApi();
        redis = RedisServer.shared().client().connect();
    }

    @AfterAll
    static void stop() {
        redis.close();
        pipeline.close();
    }

    private static Set<String> artifactKeys() {
        return new HashSet<>(redis.sync().keys("artifact:*"));
    }

    private static String submission(String marker) {
        return """
                {"language": "c", "source": "#include <stdio.h>\\n/* %s */\\nint main(void){puts(\\"ok\\");}\\n",
                 "tests": [{"stdin": "", "expectedOutput": "ok"}, {"stdin": "", "expectedOutput": "ok"}]}
                """.formatted(marker);
    }

    private static String status(String api, String id) {
        return Http.get(api + "/api/v1/submissions/" + id).json().get("status").asString();
    }

    @Test
    void aMissingArtifactIsAClearInternalErrorAndTheProgramSentAgainIsJudged() {
        String api = pipeline.api(0);
        String marker = UUID.randomUUID().toString();
        Set<String> before = artifactKeys();
        Http.Response sent = Http.post(api + "/api/v1/submissions", submission(marker));
        assertThat(sent.status()).isEqualTo(202);
        String id = sent.json().get("id").asString();
        await().atMost(Duration.ofSeconds(120)).until(() -> status(api, id), "RUNNING"::equals);
        Set<String> made = artifactKeys();
        made.removeAll(before);
        assertThat(made).as("the artifact compile-service stored for the program").hasSize(1);
        redis.sync().del(made.toArray(String[]::new));

        pipeline.startRun();
        await().atMost(Duration.ofSeconds(120)).until(() -> !IN_FLIGHT.contains(status(api, id)));
        JsonNode v = Http.get(api + "/api/v1/submissions/" + id).json();
        assertThat(v.get("status").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(v.get("message").asString()).contains(TestRunner.MISSING_ARTIFACT);
        for (JsonNode test : v.get("tests")) {
            assertThat(test.get("status").asString()).isEqualTo("INTERNAL_ERROR");
        }

        Http.Response again = Http.post(api + "/api/v1/submissions?wait=true", submission(marker));
        assertThat(again.json().get("status").asString()).isEqualTo("ACCEPTED");
    }
}
