package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric the Grafana dashboard and the Prometheus rules read is one the running services
 * export, with the labels the issue asks for.
 */
class MetricsContractIT {

    private static final Pattern METRIC = Pattern.compile("\\b([a-z_]+_(?:total|bucket|records|pending))\\b");
    private static Pipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("metrics").startAll();
    }

    @AfterAll
    static void stop() {
        pipeline.close();
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
            names.add(m.group(1));
        }
        return names;
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
        for (Path file : List.of(root.resolve("dashboards/judge-overview.json"), root.resolve("infra/prometheus/rules.yml"))) {
            Set<String> used = used(file);
            assertThat(used).as(file.toString()).isNotEmpty();
            assertThat(exported).as("metrics %s reads", file.getFileName()).containsAll(used);
        }
    }
}
