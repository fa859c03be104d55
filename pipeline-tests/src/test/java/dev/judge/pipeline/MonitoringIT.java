package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.testing.RedisServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code ./judge monitoring} (what {@code ./judge up --with-monitoring} adds) started against a
 * real pipeline: Debian's Prometheus with the project's configuration and rules, Alertmanager and
 * the Redis exporter. After traffic, every dashboard query returns data through Prometheus' HTTP
 * API, every rule evaluates without error, and every metric an alert reads has series.
 */
class MonitoringIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("project.root")).toAbsolutePath().normalize();
    private static Pipeline pipeline;
    private static Map<String, String> env;
    private static String prometheus;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> ports = new HashMap<>();
        List<String> names = List.of("JUDGE_COMPILE_METRICS_PORT", "JUDGE_RUN_METRICS_PORT", "JUDGE_RESULT_METRICS_PORT",
                "JUDGE_API_METRICS_PORT", "JUDGE_PROMETHEUS_PORT", "JUDGE_ALERTMANAGER_PORT", "JUDGE_REDIS_EXPORTER_PORT");
        List<Integer> free = RedisServer.freePorts(names.size());
        for (int i = 0; i < names.size(); i++) {
            ports.put(names.get(i), String.valueOf(free.get(i)));
        }
        Map<String, Object> settings = new HashMap<>();
        ports.forEach((k, v) -> {
            if (k.endsWith("_METRICS_PORT")) {
                settings.put(k, v);
            }
        });
        pipeline = new Pipeline("monitoring").with(settings).startAll();
        env = new HashMap<>(ports);
        env.put("JUDGE_RUN_DIR", Files.createTempDirectory("judge-monitoring-").toString());
        env.put("JUDGE_REDIS_PORT", String.valueOf(RedisServer.shared().port()));
        env.put("JUDGE_REDIS_PASSWORD", RedisServer.PASSWORD);
        env.put("JUDGE_SCRAPE_INTERVAL", "1s");
        env.put("JUDGE_EVALUATION_INTERVAL", "1s");
        prometheus = "http://127.0.0.1:" + ports.get("JUDGE_PROMETHEUS_PORT");
        judge("monitoring");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (env != null) {
                judge("down");
            }
        } finally {
            if (pipeline != null) {
                pipeline.close();
            }
        }
    }

    /** Runs {@code ./judge <command>} with this test's ports; fails with its output when it fails. */
    private static void judge(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", ROOT.resolve("judge").toString(), command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("./judge %s finished", command).isTrue();
        assertThat(p.exitValue()).as("./judge %s failed:\n%s", command, out).isZero();
    }

    private static JsonNode query(String promql) {
        Http.Response r = Http.get(prometheus + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        assertThat(r.status()).as("%s: %s", promql, r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).path("data").path("result");
    }

    private static void traffic() {
        try (JudgeClient client = new JudgeClient()) {
            List<String> ids = new ArrayList<>();
            String tag = UUID.randomUUID().toString();
            for (int round = 0; round < 2; round++) {
                // The second round finds the first round's artifacts: hits as well as misses.
                for (String[] program : new String[][] {{"c", Submissions.APLUSB_C + "// " + tag + "\\n"},
                        {"python", Submissions.APLUSB_PY + "# " + tag + "\\n"}}) {
                    String id = "monitoring-" + UUID.randomUUID();
                    client.send(id, Submissions.aPlusB(id, program[0], program[1], null));
                    ids.add(id);
                }
                ids.forEach(id -> await().atMost(Duration.ofSeconds(120)).until(() -> client.verdict(id).isPresent()));
            }
        }
    }

    @Test
    void everyDashboardQueryAndEveryAlertsMetricsReturnDataAfterTraffic() throws IOException {
        traffic();
        // Scraped and evaluated after the traffic: the verdicts are in Prometheus.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(query("sum(verdicts_total{status=\"ACCEPTED\"}) >= 4")).isNotEmpty());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String expr : dashboardQueries()) {
                assertThat(query(expr)).as("dashboard query %s", expr).isNotEmpty();
            }
        });
        JsonNode groups = JSON.readTree(Http.get(prometheus + "/api/v1/rules").body()).path("data").path("groups");
        List<String> alerts = new ArrayList<>();
        for (JsonNode group : groups) {
            for (JsonNode rule : group.path("rules")) {
                assertThat(rule.path("health").asString()).as("rule %s: %s", rule.path("name").asString(),
                        rule.path("lastError").asString()).isEqualTo("ok");
                if (rule.path("type").asString().equals("alerting")) {
                    alerts.add(rule.path("name").asString());
                    for (String metric : PromQl.metricsIn(rule.path("query").asString())) {
                        assertThat(query(metric)).as("alert %s reads %s", rule.path("name").asString(), metric).isNotEmpty();
                    }
                }
            }
        }
        assertThat(alerts).contains("JavaExecutionSlow", "CacheHitRateLow", "RedisMemoryHigh", "JudgeLatencyRegression");
        JsonNode managers = JSON.readTree(Http.get(prometheus + "/api/v1/alertmanagers").body()).path("data")
                .path("activeAlertmanagers");
        assertThat(managers).as("Prometheus sends its alerts to the Alertmanager").isNotEmpty();
    }

    private static List<String> dashboardQueries() throws IOException {
        TreeSet<String> exprs = new TreeSet<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("dashboards"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (JsonNode panel : JSON.readTree(f.toFile()).path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        exprs.add(target.path("expr").asString());
                    }
                }
            }
        }
        assertThat(exprs).hasSizeGreaterThan(20);
        return List.copyOf(exprs);
    }
}
