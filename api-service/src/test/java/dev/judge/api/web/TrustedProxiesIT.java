package dev.judge.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.api.ApiServiceApplication;
import dev.judge.api.live.Admission;
import dev.judge.testing.KafkaBroker;
import dev.judge.testing.RedisServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * api-service behind a trusted proxy (here the loopback address): waits are capped per forwarded
 * client, not per proxy. Only api-service runs, so a wait lasts until its time-out.
 */
class TrustedProxiesIT {

    private static ConfigurableApplicationContext api;
    private static String base;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        String suffix = UUID.randomUUID().toString();
        api = new SpringApplicationBuilder(ApiServiceApplication.class).properties(Map.of(
                "JUDGE_KAFKA", KafkaBroker.bootstrapServers(),
                "JUDGE_REDIS_URI", RedisServer.shared().uri(),
                "JUDGE_API_PORT", "0",
                "JUDGE_API_METRICS_PORT", "0",
                "JUDGE_API_CALLBACK_GROUP", "api-callbacks-" + suffix,
                "JUDGE_COMPILE_GROUP", "compile-" + suffix,
                "JUDGE_API_TRUSTED_PROXIES", "127.0.0.1, ::1",
                "JUDGE_API_WAITS_PER_CLIENT", "1",
                "JUDGE_API_WAIT_TIMEOUT", "3s")).properties(ApiServiceApplication.CONFIG_NAME).run();
        base = "http://127.0.0.1:" + api.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static CompletableFuture<HttpResponse<String>> waitFor(String forwardedFor) {
        String body = """
                {"language": "python", "source": "print(1)", "tests": [{"stdin": "", "expectedOutput": "1"}]}
                """;
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/v1/submissions?wait=true"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void waitsAreCappedPerForwardedClientNotPerProxy() {
        Admission waits = api.getBean("waitAdmission", Admission.class);
        CompletableFuture<HttpResponse<String>> first = waitFor("198.51.100.9, 203.0.113.1");
        await().atMost(Duration.ofSeconds(10)).until(() -> waits.inUse() == 1);

        assertThat(waitFor("203.0.113.1").join().statusCode()).as("the same client again").isEqualTo(429);
        assertThat(waitFor("198.51.100.7, 203.0.113.1").join().statusCode())
                .as("the same client, whatever it claims in front").isEqualTo(429);
        HttpResponse<String> other = waitFor("203.0.113.2").join();
        assertThat(other.statusCode()).as("another client behind the same proxy").isEqualTo(200);
        assertThat(other.body()).contains("\"status\":\"QUEUED\"");
        assertThat(first.join().statusCode()).isEqualTo(200);
    }
}
