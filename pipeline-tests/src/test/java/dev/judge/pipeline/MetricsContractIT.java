package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboards and the Prometheus rules read is one the running services
 * export (or the Redis exporter's), with the labels the issue asks for.
 */
class MetricsContractIT {

    private static final Pattern METRIC = Pattern.compile("\\b([a-z_]+_(?:total|bucket|count|records|pending|boxes))\\b");
    private static final Pattern RECORDED = Pattern.compile("\\b(judge:[a-z0-9_:]+)");
    private static Pipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("metrics").startAll();
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    /** The sum of a metric's samples whose labels contain {@code label}, over every service. */
    private static double sum(String name, String label) {
        double total = 0;
        for (String url : pipeline.metricsUrls()) {
            for (String line : Http.get(url).body().lines().toList()) {
                if (line.startsWith(name + "{") && line.contains(label)) {
                    total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return total;
    }

    @Test
    void judgingASubmissionMovesTheCounters() {
        try (JudgeClient client = new JudgeClient()) {
            String id = "metrics-" + UUID.randomUUID();
            // A source no other test uses: a cache miss, a compile, a run and a verdict.
            client.send(id, Submissions.aPlusB(id, "python", "a, b = map(int, input().split())\\nprint(b + a)  # " + id
                    + "\\n", null));
            await().atMost(Duration.ofSeconds(120)).until(() -> client.verdict(id).isPresent());
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                String python = "language=\"python\"";
                assertThat(sum("cache_misses_total", python)).as("cache misses").isPositive();
                assertThat(sum("compile_time_seconds_count", python)).as("compiles").isPositive();
                assertThat(sum("execution_time_seconds_count", python)).as("executions").isPositive();
                assertThat(sum("queue_wait_time_seconds_count", python)).as("queue waits").isPositive();
                assertThat(sum("verdicts_total", "status=\"ACCEPTED\"")).as("verdicts").isPositive();
            });
        }
    }

    private static Set<String> exported() {
        Set<String> names = new HashSet<>();
        for (String url : pipeline.metricsUrls()) {
            for (String line : Http.get(url).body().lines().toList()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    names.add(line.split("[{ ]", 2)[0]);
                }
            }
        }
        return names;
    }

    private static Set<String> used(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        Matcher m = METRIC.matcher(Files.readString(file));
        while (m.find()) {
            // redis_* come from the Redis exporter, not the services (MonitoringIT checks those).
            if (!m.group(1).startsWith("redis_")) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void theJavaWarmPathsComeUpInTheRealServices() {
        // The compile server and the start-up archive are built in the background after start.
        await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
            assertThat(sum("java_compile_mode", "mode=\"server\"")).as("Java compiles go to the warm server").isOne();
            assertThat(sum("java_startup_mode", "mode=\"plain\"")).as("Java runs start from an archive").isZero();
            assertThat(sum("java_startup_mode", "mode=")).isOne();
        });
        try (JudgeClient client = new JudgeClient()) {
            String id = "metrics-java-" + UUID.randomUUID();
            client.send(id, Submissions.aPlusB(id, "java", Submissions.APLUSB_JAVA.replace("}}\\n", "}} // " + id + "\\n"), null));
            await().atMost(Duration.ofSeconds(120)).until(() -> client.verdict(id).isPresent());
            assertThat(client.verdict(id).orElseThrow().status()).isEqualTo(dev.judge.model.Status.ACCEPTED);
        }
    }

    @Test
    void theIssuesMetricsAreExportedWithALanguageLabel() {
        String all = String.join("\n", pipeline.metricsUrls().stream().map(u -> Http.get(u).body()).toList());
        for (String name : List.of("cache_hits_total", "cache_misses_total", "compile_time_seconds_bucket",
                "execution_time_seconds_bucket", "queue_wait_time_seconds_bucket")) {
            assertThat(all).as(name).containsPattern(name + "\\{[^}]*language=\"python\"");
        }
        assertThat(all).containsPattern("verdicts_total\\{[^}]*status=\"ACCEPTED\"");
    }

    @Test
    void dashboardsAndRulesReadOnlyExportedMetrics() throws IOException {
        Path root = Path.of(System.getProperty("project.root"));
        Set<String> exported = exported();
        List<Path> files = new java.util.ArrayList<>(List.of(root.resolve("infra/prometheus/rules.yml")));
        try (var dashboards = Files.list(root.resolve("dashboards"))) {
            dashboards.filter(f -> f.toString().endsWith(".json")).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(3);
        Set<String> recorded = new HashSet<>();
        Matcher rules = Pattern.compile("record: (judge:[a-z0-9_:]+)").matcher(Files.readString(files.get(0)));
        while (rules.find()) {
            recorded.add(rules.group(1));
        }
        Set<String> all = new HashSet<>();
        for (Path file : files) {
            Set<String> used = used(file);
            all.addAll(used);
            assertThat(exported).as("metrics %s reads", file.getFileName()).containsAll(used);
            Matcher m = RECORDED.matcher(Files.readString(file));
            while (m.find()) {
                assertThat(recorded).as("%s reads the recording rule %s", file.getFileName(), m.group(1)).contains(m.group(1));
            }
        }
        assertThat(all).contains("verdicts_total", "execution_time_seconds_bucket", "sandbox_boxes", "pipeline_backlog_records");
    }
}
