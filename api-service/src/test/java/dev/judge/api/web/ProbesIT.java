package dev.judge.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.api.ApiServiceApplication;
import dev.judge.testing.KafkaBroker;
import dev.judge.testing.RedisServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The health groups Kubernetes probes (deploy/kubernetes) answer on the management port, with the
 * members api-service.yml names (a member that does not exist would stop the service at start;
 * the other services name the same shared contributors).
 */
class ProbesIT {

    @Test
    void livenessAndReadinessGroupsAnswerOnTheManagementPort() throws Exception {
        String suffix = UUID.randomUUID().toString();
        try (ConfigurableApplicationContext api = new SpringApplicationBuilder(ApiServiceApplication.class).properties(Map.of(
                "JUDGE_KAFKA", KafkaBroker.bootstrapServers(),
                "JUDGE_REDIS_URI", RedisServer.shared().uri(),
                "JUDGE_API_PORT", "0",
                "JUDGE_API_METRICS_PORT", "0",
                "JUDGE_API_CALLBACK_GROUP", "api-callbacks-" + suffix,
                "JUDGE_COMPILE_GROUP", "compile-" + suffix)).properties(ApiServiceApplication.CONFIG_NAME).run()) {
            String management = "http://127.0.0.1:" + api.getEnvironment().getProperty("local.management.port");
            HttpClient http = HttpClient.newHttpClient();
            for (String group : new String[] {"liveness", "readiness"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(management + "/actuator/health/" + group)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(group).isEqualTo(200);
                assertThat(r.body()).as(group).contains("\"UP\"");
            }
        }
    }
}
