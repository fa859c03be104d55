package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The Grafana dashboards and provisioning files carry the fields Grafana needs to load them (no
 * Grafana runs here; MonitoringIT runs every panel's query against a real Prometheus).
 */
class DashboardsTest {

    private static final Path DASHBOARDS = Path.of(System.getProperty("project.root")).resolve("dashboards");
    private static final Set<String> PANEL_TYPES = Set.of("timeseries", "stat", "gauge", "table", "bargauge", "piechart");

    private static List<Path> dashboards() throws IOException {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyDashboardHasWhatGrafanaRequires() throws IOException {
        List<Path> files = dashboards();
        assertThat(files).extracting(f -> f.getFileName().toString())
                .contains("judge-overview.json", "judge-performance.json", "judge-cache.json");
        Set<String> uids = new HashSet<>();
        for (Path file : files) {
            JsonNode d = new ObjectMapper().readTree(file.toFile());
            String name = file.getFileName().toString();
            assertThat(d.path("title").asString()).as("%s title", name).isNotBlank();
            assertThat(d.path("uid").asString()).as("%s uid", name).matches("[a-zA-Z0-9_-]{1,40}");
            assertThat(uids.add(d.path("uid").asString())).as("%s uid is unique", name).isTrue();
            assertThat(d.path("schemaVersion").isInt()).as("%s schemaVersion", name).isTrue();
            assertThat(d.path("templating").path("list").findValuesAsString("name")).as("%s variables", name)
                    .contains("datasource");
            assertThat(d.path("panels").size()).as("%s panels", name).isPositive();
            Set<Integer> ids = new HashSet<>();
            for (JsonNode panel : d.path("panels")) {
                String title = panel.path("title").asString();
                assertThat(title).as("%s: a panel's title", name).isNotBlank();
                assertThat(ids.add(panel.path("id").asInt(-1))).as("%s %s: unique id", name, title).isTrue();
                assertThat(panel.path("type").asString()).as("%s %s type", name, title).isIn(PANEL_TYPES);
                JsonNode grid = panel.path("gridPos");
                for (String f : List.of("h", "w", "x", "y")) {
                    assertThat(grid.path(f).isInt()).as("%s %s gridPos.%s", name, title, f).isTrue();
                }
                assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as("%s %s fits 24 columns", name, title)
                        .isLessThanOrEqualTo(24);
                assertThat(panel.path("datasource").path("type").asString()).isEqualTo("prometheus");
                assertThat(panel.path("targets").size()).as("%s %s targets", name, title).isPositive();
                Set<String> refIds = new HashSet<>();
                for (JsonNode target : panel.path("targets")) {
                    assertThat(refIds.add(target.path("refId").asString())).as("%s %s refId", name, title).isTrue();
                    assertThat(target.path("expr").asString()).as("%s %s expr", name, title).isNotBlank();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void provisioningNamesAPrometheusDatasourceAndThisFolder() throws IOException {
        Map<String, Object> datasources = new Yaml().load(Files.readString(
                DASHBOARDS.resolve("provisioning/datasources/prometheus.yml")));
        assertThat(datasources).containsEntry("apiVersion", 1);
        Map<String, Object> ds = ((List<Map<String, Object>>) datasources.get("datasources")).get(0);
        assertThat(ds).containsEntry("type", "prometheus").containsKeys("name", "uid", "url");
        Map<String, Object> providers = new Yaml().load(Files.readString(
                DASHBOARDS.resolve("provisioning/dashboards/judge.yml")));
        assertThat(providers).containsEntry("apiVersion", 1);
        Map<String, Object> provider = ((List<Map<String, Object>>) providers.get("providers")).get(0);
        assertThat(provider).containsEntry("type", "file");
        assertThat((Map<String, Object>) provider.get("options")).containsKey("path");
    }
}
