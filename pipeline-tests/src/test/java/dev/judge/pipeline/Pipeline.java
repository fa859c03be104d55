package dev.judge.pipeline;

import dev.judge.api.ApiServiceApplication;
import dev.judge.compile.CompileServiceApplication;
import dev.judge.result.ResultServiceApplication;
import dev.judge.run.RunServiceApplication;
import dev.judge.sandbox.TestSandbox;
import dev.judge.testing.KafkaBroker;
import dev.judge.testing.RedisServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real pipeline for a test: the four services in this JVM (each its own Spring context),
 * on the suite's Kafka broker and Redis server, with the real sandbox. Small session timeouts,
 * so a killed consumer's work moves on in seconds.
 */
final class Pipeline implements AutoCloseable {

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final String groupSuffix;
    private final Map<String, Object> overrides = new HashMap<>();

    Pipeline(String groupSuffix) {
        this.groupSuffix = groupSuffix;
    }

    /** Settings every service started from now on gets on top of {@link #common}. */
    Pipeline with(Map<String, Object> settings) {
        overrides.putAll(settings);
        return this;
    }

    static Map<String, Object> common(String suffix) {
        Map<String, Object> p = new HashMap<>();
        // application.yml reads these variables; default properties are where they resolve from.
        p.put("JUDGE_KAFKA", KafkaBroker.bootstrapServers());
        p.put("JUDGE_KAFKA_SESSION_TIMEOUT_MS", "6000");
        p.put("JUDGE_KAFKA_HEARTBEAT_MS", "1000");
        p.put("JUDGE_COMPILE_METRICS_PORT", "0");
        p.put("JUDGE_RUN_METRICS_PORT", "0");
        p.put("JUDGE_RESULT_METRICS_PORT", "0");
        p.put("JUDGE_API_METRICS_PORT", "0");
        p.put("JUDGE_API_PORT", "0");
        p.put("logging.level.org.apache.kafka", "WARN");
        p.put("logging.level.kafka", "WARN");
        p.put("logging.level.state.change.logger", "WARN");
        p.put("logging.level.org.springframework.kafka", "WARN");
        p.put("JUDGE_CALLBACK_ALLOW_LIST", "127.0.0.1");
        p.put("JUDGE_REDIS_URI", RedisServer.shared().uri());
        p.put("JUDGE_SANDBOX_BINARY", TestSandbox.binary().toString());
        p.put("JUDGE_BOX_LOCKS", "/run/judge/test-boxes");
        p.put("JUDGE_PARTITIONS", "4");
        p.put("JUDGE_COMPILE_GROUP", "compile-" + suffix);
        p.put("JUDGE_RUN_GROUP", "run-" + suffix);
        p.put("JUDGE_RESULT_GROUP", "result-" + suffix);
        p.put("JUDGE_API_CALLBACK_GROUP", "api-callbacks-" + suffix);
        p.put("JUDGE_COMPILE_FIRST_BOX", "500");
        p.put("JUDGE_COMPILE_LAST_BOX", "520");
        p.put("JUDGE_RUN_FIRST_BOX", "520");
        p.put("JUDGE_RUN_LAST_BOX", "560");
        return p;
    }

    Pipeline startCompile() {
        return start(CompileServiceApplication.class, CompileServiceApplication.CONFIG_NAME);
    }

    Pipeline startRun() {
        return start(RunServiceApplication.class, RunServiceApplication.CONFIG_NAME);
    }

    Pipeline startResult() {
        return start(ResultServiceApplication.class, ResultServiceApplication.CONFIG_NAME);
    }

    Pipeline startApi() {
        return start(ApiServiceApplication.class, ApiServiceApplication.CONFIG_NAME);
    }

    Pipeline startAll() {
        return startCompile().startRun().startResult().startApi();
    }

    /** A further api-service instance, with extra settings. */
    Pipeline startApi(Map<String, Object> extra) {
        Map<String, Object> p = common(groupSuffix);
        p.putAll(extra);
        contexts.add(new SpringApplicationBuilder(ApiServiceApplication.class).properties(p)
                .properties(ApiServiceApplication.CONFIG_NAME).run());
        return this;
    }

    private Pipeline start(Class<?> app, String configName) {
        Map<String, Object> p = common(groupSuffix);
        p.putAll(overrides);
        contexts.add(new SpringApplicationBuilder(app).properties(p).properties(configName).run());
        return this;
    }

    /** The Prometheus endpoints of every service started. */
    List<String> metricsUrls() {
        return contexts.stream().map(c -> {
            String port = c.getEnvironment().getProperty("local.management.port",
                    c.getEnvironment().getProperty("local.server.port"));
            return "http://127.0.0.1:" + port + "/actuator/prometheus";
        }).toList();
    }

    /** The Prometheus endpoint of the n-th api-service started. */
    String apiMetrics(int n) {
        List<ConfigurableApplicationContext> apis = contexts.stream()
                .filter(c -> c.getEnvironment().getProperty("spring.application.name", "").equals("api-service")).toList();
        return "http://127.0.0.1:" + apis.get(n).getEnvironment().getProperty("local.management.port") + "/actuator/prometheus";
    }

    /** Base URL of the n-th api-service started (0 = the first). */
    String api(int n) {
        List<ConfigurableApplicationContext> apis = contexts.stream()
                .filter(c -> c.getEnvironment().getProperty("spring.application.name", "").equals("api-service")).toList();
        return "http://127.0.0.1:" + apis.get(n).getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        contexts.clear();
    }
}
