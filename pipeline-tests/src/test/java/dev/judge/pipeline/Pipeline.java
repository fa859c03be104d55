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

    /** The system property that sets the first sandbox box id the pipeline's services use. */
    static final String BOXES_PROPERTY = "judge.pipeline.boxes";

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final String groupSuffix;
    private final Map<String, Object> overrides = new HashMap<>();

    /**
     * A pipeline whose consumer groups start at the end of their topics: records earlier test
     * classes left on the shared broker (hundreds of chunks, say) are not judged again.
     */
    Pipeline(String groupSuffix) {
        this(groupSuffix, false);
    }

    /** @param fromTheStart whether its groups read their topics from the start, as a new deployment's do */
    Pipeline(String groupSuffix, boolean fromTheStart) {
        this.groupSuffix = groupSuffix;
        if (!fromTheStart) {
            startGroupsAtTheEnd();
        }
    }

    /** Commits, for each group this pipeline's services will use, the current end of its topic. */
    private void startGroupsAtTheEnd() {
        Map<String, String> groups = Map.of(
                "compile-" + groupSuffix, dev.judge.model.Topics.SUBMISSIONS,
                "compile-" + groupSuffix + "-problems", dev.judge.model.Topics.PROBLEMS,
                "run-" + groupSuffix, dev.judge.model.Topics.RUNS,
                "result-" + groupSuffix, dev.judge.model.Topics.OUTCOMES,
                "api-callbacks-" + groupSuffix, dev.judge.model.Topics.VERDICTS);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", KafkaBroker.bootstrapServers()))) {
            java.util.Set<String> topics = admin.listTopics().names().get();
            for (Map.Entry<String, String> g : groups.entrySet()) {
                if (!topics.contains(g.getValue())) {
                    continue;
                }
                Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
                admin.describeTopics(List.of(g.getValue())).allTopicNames().get().get(g.getValue()).partitions()
                        .forEach(p -> latest.put(new org.apache.kafka.common.TopicPartition(g.getValue(), p.partition()),
                                org.apache.kafka.clients.admin.OffsetSpec.latest()));
                Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> ends =
                        new HashMap<>();
                admin.listOffsets(latest).all().get().forEach((tp, info) ->
                        ends.put(tp, new org.apache.kafka.clients.consumer.OffsetAndMetadata(info.offset())));
                admin.alterConsumerGroupOffsets(g.getKey(), ends).all().get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot start the test's consumer groups at the end of their topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Settings every service started from now on gets on top of {@link #common}. */
    Pipeline with(Map<String, Object> settings) {
        overrides.putAll(settings);
        return this;
    }

    /**
     * The first sandbox box of the pipeline tests: {@code -Djudge.pipeline.boxes=N} (default 500)
     * gives compile-service boxes N to N+20 and run-service N+20 to N+60, so two checkouts can run
     * their pipeline tests on one host at once.
     */
    static int firstBox() {
        return Integer.getInteger(BOXES_PROPERTY, 500);
    }

    /**
     * Boxes for a run-service started in a JVM of its own (N+260 to N+300: 760 to 800 by default),
     * apart from the in-process services' boxes.
     */
    static BoxIds externalRunBoxes() {
        return new BoxIds(firstBox() + 260, firstBox() + 300);
    }

    /** A range of box ids, the last one excluded. */
    record BoxIds(int first, int last) {
    }

    /** The settings of a test pipeline, then {@code given} on top (the suite's broker and Redis started only if not given). */
    static Map<String, Object> common(String suffix, Map<String, Object> given) {
        Map<String, Object> p = new HashMap<>();
        // application.yml reads these variables; default properties are where they resolve from.
        p.put("JUDGE_KAFKA", given.containsKey("JUDGE_KAFKA") ? given.get("JUDGE_KAFKA") : KafkaBroker.bootstrapServers());
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
        p.put("JUDGE_REDIS_URI", given.containsKey("JUDGE_REDIS_URI") ? given.get("JUDGE_REDIS_URI") : RedisServer.shared().uri());
        p.put("JUDGE_SANDBOX_BINARY", TestSandbox.binary().toString());
        p.put("JUDGE_BOX_LOCKS", "/run/judge/test-boxes");
        p.put("JUDGE_PARTITIONS", "4");
        p.put("JUDGE_COMPILE_GROUP", "compile-" + suffix);
        p.put("JUDGE_RUN_GROUP", "run-" + suffix);
        p.put("JUDGE_RESULT_GROUP", "result-" + suffix);
        p.put("JUDGE_API_CALLBACK_GROUP", "api-callbacks-" + suffix);
        int first = firstBox();
        p.put("JUDGE_COMPILE_FIRST_BOX", String.valueOf(first));
        p.put("JUDGE_COMPILE_LAST_BOX", String.valueOf(first + 20));
        p.put("JUDGE_RUN_FIRST_BOX", String.valueOf(first + 20));
        p.put("JUDGE_RUN_LAST_BOX", String.valueOf(first + 60));
        p.putAll(given);
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
        Map<String, Object> given = new HashMap<>(overrides);
        given.putAll(extra);
        Map<String, Object> p = common(groupSuffix, given);
        contexts.add(new SpringApplicationBuilder(ApiServiceApplication.class).properties(p)
                .properties(ApiServiceApplication.CONFIG_NAME).run(brokers(p)));
        return this;
    }

    private Pipeline start(Class<?> app, String configName) {
        Map<String, Object> p = common(groupSuffix, overrides);
        contexts.add(new SpringApplicationBuilder(app).properties(p).properties(configName).run(brokers(p)));
        return this;
    }

    /**
     * The brokers as a command-line argument: the embedded broker sets the system property
     * {@code spring.kafka.bootstrap-servers}, which would beat {@code JUDGE_KAFKA} given as a default
     * property, so a pipeline on other brokers (a test's own cluster) would talk to the suite's.
     */
    private static String brokers(Map<String, Object> settings) {
        return "--spring.kafka.bootstrap-servers=" + settings.get("JUDGE_KAFKA");
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
