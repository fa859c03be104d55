package dev.judge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.deploy.CustomResources.ScaledObject;
import dev.judge.deploy.CustomResources.ServiceMonitor;
import dev.judge.deploy.CustomResources.Trigger;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The Kubernetes manifests (deploy/kubernetes) against the services they deploy: every document
 * parses into fabric8's typed model with unknown fields refused; each overlay, rendered, runs the
 * images with the ports, probes and settings the services' own configuration and the compose file
 * give them; KEDA never scales a stage past its topic's partitions; the sandboxed stages get exactly
 * the permissions docs/operations.md names. No cluster runs here: this is a static check.
 */
class KubernetesManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    static final List<String> SERVICES = List.of("compile-service", "run-service", "result-service", "api-service");
    static final Set<String> SANDBOXED = Set.of("compile-service", "run-service");
    /** What each scaled stage consumes. */
    static final Map<String, String> TOPIC = Map.of("compile-service", "judge.submissions", "run-service", "judge.runs");
    /** The sandbox's capabilities, each for a reason given in docs/operations.md. */
    static final Set<String> SANDBOX_CAPABILITIES = Set.of("SYS_ADMIN", "SETUID", "SETGID", "SETPCAP", "CHOWN",
            "FOWNER", "DAC_OVERRIDE", "KILL", "SYS_CHROOT", "SYS_RESOURCE");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_]+):([^}]*)}");
    static final Pattern COMPOSE_VAR = Pattern.compile("\\$\\{([A-Za-z0-9_]+)(?::?-([^}]*))?}");

    // ---- every document parses ----

    static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MANIFESTS)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    @Test
    void everyDocumentParsesIntoTheTypedModel() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(10);
        int documents = 0;
        for (Path f : files) {
            for (JsonNode doc : StrictYaml.documents(f)) {
                try {
                    assertThat(StrictYaml.typed(doc)).isNotNull();
                } catch (RuntimeException e) {
                    throw new AssertionError(MANIFESTS.relativize(f) + ": " + e.getMessage(), e);
                }
                documents++;
            }
        }
        assertThat(documents).isGreaterThan(20);
    }

    @Test
    void theStrictMapperRefusesUnknownFields() {
        JsonNode deployment = StrictYaml.documents(write("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                """)).get(0);
        assertThatThrownBy(() -> StrictYaml.typed(deployment)).hasMessageContaining("replica");
        JsonNode nested = StrictYaml.documents(write("""
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec:
                  ports: [{name: m, port: 1, targetport: m}]
                """)).get(0);
        assertThatThrownBy(() -> StrictYaml.typed(nested)).hasMessageContaining("targetport");
        JsonNode scaled = StrictYaml.documents(write("""
                apiVersion: keda.sh/v1alpha1
                kind: ScaledObject
                metadata: {name: x}
                spec:
                  maxReplicas: 3
                """)).get(0);
        assertThatThrownBy(() -> StrictYaml.typed(scaled)).hasMessageContaining("maxReplicas");
        JsonNode unknownKind = StrictYaml.documents(write("apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n")).get(0);
        assertThatThrownBy(() -> StrictYaml.typed(unknownKind)).hasMessageContaining("v1/Pod");
    }

    private static Path write(String yaml) {
        try {
            Path f = Files.createTempFile("manifest", ".yaml");
            Files.writeString(f, yaml);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- each rendered overlay ----

    /** One rendered kustomization, typed. */
    record Stack(String name, List<Object> objects) {

        static Stack of(String dir) {
            List<Object> objects = new ArrayList<>();
            for (JsonNode doc : Kustomize.render(MANIFESTS.resolve(dir))) {
                objects.add(StrictYaml.typed(doc));
            }
            return new Stack(dir, objects);
        }

        <T> List<T> all(Class<T> type) {
            return objects.stream().filter(type::isInstance).map(type::cast).toList();
        }

        Deployment deployment(String service) {
            return all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(service)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no Deployment " + service));
        }

        Container container(String service) {
            List<Container> containers = deployment(service).getSpec().getTemplate().getSpec().getContainers();
            assertThat(containers).as("%s %s containers", name, service).hasSize(1);
            assertThat(containers.get(0).getName()).isEqualTo(service);
            return containers.get(0);
        }

        Optional<ConfigMap> configMap(String n) {
            return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(n)).findFirst();
        }

        Optional<Secret> secret(String n) {
            return all(Secret.class).stream().filter(c -> c.getMetadata().getName().equals(n)).findFirst();
        }

        /**
         * The container's environment: every name it gets, with its value where the manifests hold
         * it (null for a key of a Secret that is not in them, e.g. production's).
         */
        Map<String, String> env(String service) {
            Container c = container(service);
            Map<String, String> env = new TreeMap<>();
            for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
                assertThat(from.getPrefix()).isNull();
                if (from.getConfigMapRef() != null) {
                    ConfigMap cm = configMap(from.getConfigMapRef().getName()).orElseThrow(
                            () -> new AssertionError(name + " " + service + ": no ConfigMap " + from.getConfigMapRef().getName()));
                    env.putAll(cm.getData());
                } else {
                    throw new AssertionError(name + " " + service + ": envFrom only from ConfigMaps, so the names are known");
                }
            }
            for (EnvVar v : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
                if (v.getValueFrom() == null) {
                    env.put(v.getName(), v.getValue() == null ? "" : v.getValue());
                } else if (v.getValueFrom().getSecretKeyRef() != null) {
                    var ref = v.getValueFrom().getSecretKeyRef();
                    env.put(v.getName(), secret(ref.getName()).map(s -> secretValue(s, ref.getKey())).orElse(null));
                } else if (v.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = v.getValueFrom().getConfigMapKeyRef();
                    env.put(v.getName(), configMap(ref.getName()).map(m -> m.getData().get(ref.getKey())).orElseThrow());
                } else {
                    throw new AssertionError(name + " " + service + ": " + v.getName() + " from an unexpected source");
                }
            }
            return env;
        }

        private String secretValue(Secret s, String key) {
            if (s.getStringData() != null && s.getStringData().containsKey(key)) {
                return s.getStringData().get(key);
            }
            if (s.getData() != null && s.getData().containsKey(key)) {
                return new String(Base64.getDecoder().decode(s.getData().get(key)));
            }
            throw new AssertionError(name + ": Secret " + s.getMetadata().getName() + " has no key " + key);
        }
    }

    static final List<String> OVERLAYS = List.of("base", "overlays/dev", "overlays/production");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void imagesAndPortsMatchTheServices(String overlay) throws IOException {
        Stack stack = Stack.of(overlay);
        Map<String, String> composeTags = composeImages();
        for (String service : SERVICES) {
            Container c = stack.container(service);
            String image = c.getImage();
            String repository = image.substring(0, image.lastIndexOf(':'));
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertThat(repository).as("%s %s image", overlay, service).endsWith("judge/" + service);
            if (!overlay.equals("overlays/production")) {
                assertThat(image).as("%s %s: the compose file's image", overlay, service).isEqualTo(composeTags.get(service));
            } else {
                assertThat(tag).as("production pins a release").doesNotContain("SNAPSHOT").isNotEqualTo("latest");
            }
            ServiceConfig config = ServiceConfig.of(service, stack.env(service));
            Map<String, Integer> ports = new TreeMap<>();
            for (ContainerPort p : c.getPorts()) {
                ports.put(p.getName(), p.getContainerPort());
            }
            Map<String, Integer> expected = new TreeMap<>();
            expected.put("management", config.managementPort());
            if (service.equals("api-service")) {
                expected.put("http", config.serverPort());
            }
            assertThat(ports).as("%s %s container ports (%s.yml)", overlay, service, service).isEqualTo(expected);
            assertThat(dockerfileExposes(service)).as("%s Dockerfile EXPOSE", service).containsAll(expected.values());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyDeploymentHasResourcesAndProbesOnTheManagementPort(String overlay) throws IOException {
        Stack stack = Stack.of(overlay);
        assertThat(stack.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(SERVICES);
        for (String service : SERVICES) {
            Container c = stack.container(service);
            Map<String, String> env = stack.env(service);
            ResourceRequirements r = c.getResources();
            for (String resource : List.of("cpu", "memory")) {
                assertThat(r.getRequests()).as("%s %s requests", overlay, service).containsKey(resource);
                assertThat(r.getLimits()).as("%s %s limits", overlay, service).containsKey(resource);
                assertThat(amount(r.getLimits().get(resource))).as("%s %s %s limit >= request", overlay, service, resource)
                        .isGreaterThanOrEqualTo(amount(r.getRequests().get(resource)));
            }
            if (SANDBOXED.contains(service)) {
                assertThat(r.getLimits()).as("%s %s: Guaranteed QoS", overlay, service).isEqualTo(r.getRequests());
                ServiceConfig config = ServiceConfig.of(service, env);
                int boxes = Integer.parseInt(config.value(service.equals("run-service")
                        ? "judge.run.sandbox.boxes" : "judge.compile.sandbox.boxes"));
                assertThat(amount(r.getLimits().get("cpu"))).as("%s %s: a whole core per box", overlay, service)
                        .isGreaterThanOrEqualTo(BigDecimal.valueOf(boxes));
                assertThat(stack.deployment(service).getSpec().getReplicas()).as("%s %s: KEDA owns the replicas", overlay, service)
                        .isNull();
            }
            int management = ServiceConfig.of(service, env).managementPort();
            checkProbe(overlay, service, "liveness", c.getLivenessProbe(), c, management);
            checkProbe(overlay, service, "readiness", c.getReadinessProbe(), c, management);
            checkProbe(overlay, service, "liveness", c.getStartupProbe(), c, management);
            ServiceConfig config = ServiceConfig.of(service, env);
            assertThat(config.value("management.endpoint.health.probes.enabled")).as("%s.yml probes", service).isEqualTo("true");
            assertThat(config.value("management.endpoint.health.group.liveness.include")).contains("livenessState");
            assertThat(config.value("management.endpoint.health.group.readiness.include")).contains("readinessState");
            assertThat(config.value("management.endpoints.web.exposure.include")).contains("health", "prometheus");
        }
    }

    private static void checkProbe(String overlay, String service, String group, Probe probe, Container c, int port) {
        assertThat(probe).as("%s %s %s probe", overlay, service, group).isNotNull();
        assertThat(probe.getHttpGet()).as("%s %s %s probe: HTTP", overlay, service, group).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo("/actuator/health/" + group);
        assertThat(portNumber(probe.getHttpGet().getPort(), c)).as("%s %s %s probe port", overlay, service, group)
                .isEqualTo(port);
    }

    private static int portNumber(IntOrString port, Container c) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(p -> p.getName().equals(port.getStrVal())).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + ": no port named " + port.getStrVal()))
                .getContainerPort();
    }

    private static BigDecimal amount(Quantity q) {
        return Quantity.getAmountInBytes(q);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void servicesBudgetsAndServiceMonitorsSelectEachDeployment(String overlay) {
        Stack stack = Stack.of(overlay);
        for (String service : SERVICES) {
            Map<String, String> podLabels = stack.deployment(service).getSpec().getTemplate().getMetadata().getLabels();
            assertThat(selects(stack.deployment(service).getSpec().getSelector(), podLabels)).isTrue();
            Container c = stack.container(service);
            List<Service> services = stack.all(Service.class).stream()
                    .filter(s -> s.getSpec().getSelector() != null && podLabels.entrySet().containsAll(s.getSpec().getSelector().entrySet()))
                    .toList();
            assertThat(services).as("%s: one Service selects %s", overlay, service).hasSize(1);
            Service svc = services.get(0);
            for (ServicePort p : svc.getSpec().getPorts()) {
                assertThat(portNumber(p.getTargetPort(), c)).as("%s %s Service port %s", overlay, service, p.getName())
                        .isEqualTo(p.getPort());
            }
            List<PodDisruptionBudget> budgets = stack.all(PodDisruptionBudget.class).stream()
                    .filter(b -> selects(b.getSpec().getSelector(), podLabels)).toList();
            assertThat(budgets).as("%s: one PodDisruptionBudget for %s", overlay, service).hasSize(1);
            assertThat(budgets.get(0).getSpec().getMaxUnavailable() != null || budgets.get(0).getSpec().getMinAvailable() != null).isTrue();

            List<ServiceMonitor> monitors = stack.all(ServiceMonitor.class).stream()
                    .filter(m -> selects(m.spec().selector(), svc.getMetadata().getLabels())).toList();
            assertThat(monitors).as("%s: one ServiceMonitor for %s", overlay, service).hasSize(1);
            int management = ServiceConfig.of(service, stack.env(service)).managementPort();
            assertThat(monitors.get(0).spec().endpoints()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.path()).isEqualTo("/actuator/prometheus");
                ServicePort port = svc.getSpec().getPorts().stream().filter(p -> p.getName().equals(e.port())).findFirst()
                        .orElseThrow(() -> new AssertionError(service + ": ServiceMonitor port " + e.port() + " is not on the Service"));
                assertThat(portNumber(port.getTargetPort(), c)).as("%s %s scraped on the management port", overlay, service)
                        .isEqualTo(management);
            });
        }
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertThat(selector.getMatchExpressions()).as("only matchLabels are used").isNullOrEmpty();
        return selector.getMatchLabels() != null && !selector.getMatchLabels().isEmpty()
                && labels != null && labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void kedaScalesEachSandboxedStageOnItsLagAndNeverPastThePartitions(String overlay) {
        Stack stack = Stack.of(overlay);
        List<ScaledObject> scaled = stack.all(ScaledObject.class);
        assertThat(scaled).extracting(s -> s.spec().scaleTargetRef().name())
                .containsExactlyInAnyOrderElementsOf(TOPIC.keySet());
        for (ScaledObject so : scaled) {
            String service = so.spec().scaleTargetRef().name();
            assertThat(so.spec().scaleTargetRef().kind()).isIn(null, "Deployment");
            Map<String, String> env = stack.env(service);
            ServiceConfig config = ServiceConfig.of(service, env);
            int partitions = Integer.parseInt(config.value("judge.pipeline.partitions"));
            assertThat(so.spec().minReplicaCount()).as("%s %s minReplicaCount", overlay, service).isNotNull().isPositive();
            assertThat(so.spec().maxReplicaCount()).as("%s %s maxReplicaCount <= partitions (%d)", overlay, service, partitions)
                    .isNotNull().isBetween(so.spec().minReplicaCount(), partitions);
            assertThat(so.spec().triggers()).hasSize(1);
            Trigger t = so.spec().triggers().get(0);
            assertThat(t.type()).isEqualTo("kafka");
            assertThat(CustomResources.KAFKA_TRIGGER_KEYS).as("%s %s kafka trigger keys", overlay, service)
                    .containsAll(t.metadata().keySet());
            assertThat(t.metadata().get("topic")).isEqualTo(TOPIC.get(service));
            assertThat(t.metadata().get("consumerGroup")).as("%s %s group (%s.yml)", overlay, service, service)
                    .isEqualTo(config.value("spring.kafka.consumer.group-id"));
            assertThat(Integer.parseInt(t.metadata().get("lagThreshold"))).isPositive();
            assertThat(t.metadata().get("allowIdleConsumers")).as("no instance beyond the partitions").isEqualTo("false");
            String fromEnv = t.metadata().get("bootstrapServersFromEnv");
            assertThat(fromEnv).as("the brokers the service itself uses").isEqualTo("JUDGE_KAFKA");
            assertThat(env).containsKey(fromEnv);
        }
    }

    // ---- the compose file and the manifests agree ----

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void composeAndManifestsGiveEachServiceTheSameSettings(String overlay) throws IOException {
        Stack stack = Stack.of(overlay);
        Map<String, Map<String, String>> compose = composeEnvironment();
        for (String service : SERVICES) {
            Map<String, String> k8s = judgeSettings(stack.env(service));
            Map<String, String> composed = judgeSettings(compose.get(service));
            assertThat(k8s.keySet()).as("%s %s: the compose file's settings, no more, no fewer", overlay, service)
                    .isEqualTo(composed.keySet());
            if (overlay.equals("overlays/production")) {
                continue; // production's values are its own (managed brokers, larger instances); the names agree
            }
            for (String name : k8s.keySet()) {
                if (k8s.get(name) != null) {
                    assertThat(k8s.get(name)).as("%s %s %s", overlay, service, name).isEqualTo(composed.get(name));
                }
            }
        }
        // One partition count, one replication for every service of an overlay: they all declare the topics.
        for (String setting : List.of("JUDGE_PARTITIONS", "JUDGE_REPLICATION", "JUDGE_MIN_INSYNC_REPLICAS")) {
            assertThat(SERVICES.stream().map(s -> stack.env(s).get(setting)).collect(Collectors.toSet())).as(setting).hasSize(1);
        }
    }

    @Test
    void productionReplicatesTopicsSoOneBrokerMayFail() {
        Stack production = Stack.of("overlays/production");
        for (String service : SERVICES) {
            Map<String, String> env = production.env(service);
            assertThat(env.get("JUDGE_REPLICATION")).as(service).isEqualTo("3");
            assertThat(env.get("JUDGE_MIN_INSYNC_REPLICAS")).as(service).isEqualTo("2");
        }
    }

    private static Map<String, String> judgeSettings(Map<String, String> env) {
        Map<String, String> out = new TreeMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("JUDGE_") || k.equals("JAVA_TOOL_OPTIONS")) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Test
    void theDevOverlayResolvesEverySetting() {
        Stack dev = Stack.of("overlays/dev");
        for (String service : SERVICES) {
            assertThat(dev.env(service)).as("dev %s: every value known", service).doesNotContainValue(null);
        }
        assertThat(dev.env("compile-service").get("JUDGE_KAFKA")).isEqualTo("kafka:9092");
        assertThat(dev.all(Service.class)).extracting(s -> s.getMetadata().getName()).contains("kafka", "redis");
    }

    // ---- the sandbox's permissions ----

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void theSandboxedStagesGetExactlyTheDocumentedPermissions(String overlay) throws IOException {
        Stack stack = Stack.of(overlay);
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        for (String service : SERVICES) {
            Deployment d = stack.deployment(service);
            var pod = d.getSpec().getTemplate().getSpec();
            Container c = stack.container(service);
            SecurityContext sc = c.getSecurityContext();
            assertThat(sc).isNotNull();
            assertThat(pod.getHostPID()).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostIPC()).isNotEqualTo(Boolean.TRUE);
            assertThat(pod.getHostNetwork()).isNotEqualTo(Boolean.TRUE);
            assertThat(sc.getCapabilities().getDrop()).as("%s %s drops every capability first", overlay, service)
                    .containsExactly("ALL");
            assertThat(sc.getPrivileged()).isNotEqualTo(Boolean.TRUE);
            if (SANDBOXED.contains(service)) {
                assertThat(new TreeSet<>(sc.getCapabilities().getAdd())).as("%s %s added capabilities", overlay, service)
                        .isEqualTo(new TreeSet<>(SANDBOX_CAPABILITIES));
                for (String cap : SANDBOX_CAPABILITIES) {
                    assertThat(operations).as("docs/operations.md says why %s", cap).contains("`" + cap + "`");
                }
                assertThat(sc.getRunAsUser()).as("judgebox and isolate run as root").isZero();
                assertThat(sc.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
                assertThat(sc.getAppArmorProfile().getType()).isEqualTo("Unconfined");
                // The only host path: the node's box-lock directory, mounted where the pool keeps its locks.
                var hostPaths = pod.getVolumes().stream().filter(v -> v.getHostPath() != null).toList();
                assertThat(hostPaths).hasSize(1);
                assertThat(hostPaths.get(0).getHostPath().getPath()).isEqualTo("/run/judge-box-locks");
                String mount = c.getVolumeMounts().stream().filter(m -> m.getName().equals(hostPaths.get(0).getName()))
                        .findFirst().orElseThrow().getMountPath();
                assertThat(mount).isEqualTo(ServiceConfig.of(service, stack.env(service)).value(
                        service.equals("run-service") ? "judge.run.sandbox.lock-directory" : "judge.compile.sandbox.lock-directory"));
                // Started through the cgroup set-up script, which then runs the image's own jar.
                assertThat(c.getCommand()).containsExactly("/bin/sh", "/opt/judge/setup/start.sh",
                        "/opt/judge/" + service + ".jar");
                assertThat(String.join("\n", dockerfileStage(service))).contains("/opt/judge/" + service + ".jar");
                assertThat(stack.configMap("judge-sandbox-setup")).isPresent();
            } else {
                assertThat(sc.getCapabilities().getAdd()).isNullOrEmpty();
                assertThat(sc.getAllowPrivilegeEscalation()).isFalse();
                assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
                assertThat(pod.getVolumes()).allSatisfy(v -> assertThat(v.getHostPath()).isNull());
            }
        }
    }

    // ---- the services' configuration, the compose file, the Dockerfiles ----

    /** A service's own yml with ${NAME:default} resolved against an environment. */
    record ServiceConfig(Map<String, Object> yml, Map<String, String> env) {

        static ServiceConfig of(String service, Map<String, String> env) {
            try {
                String text = Files.readString(ROOT.resolve(service + "/src/main/resources/" + service + ".yml"));
                Map<String, Object> yml = new Yaml().load(text);
                return new ServiceConfig(yml, env);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        String value(String dotted) {
            Object node = yml;
            for (String part : dotted.split("\\.")) {
                if (!(node instanceof Map<?, ?> map) || !map.containsKey(part)) {
                    return null;
                }
                node = map.get(part);
            }
            return node == null ? null : resolve(String.valueOf(node));
        }

        String resolve(String raw) {
            Matcher m = PLACEHOLDER.matcher(raw);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = env.get(m.group(1)) != null ? env.get(m.group(1)) : m.group(2);
                m.appendReplacement(out, Matcher.quoteReplacement(v));
            }
            m.appendTail(out);
            return out.toString();
        }

        int serverPort() {
            return Integer.parseInt(value("server.port"));
        }

        /** Actuator's port: management.server.port, else the server's own. */
        int managementPort() {
            String m = value("management.server.port");
            return m != null ? Integer.parseInt(m) : serverPort();
        }
    }

    /** infra/compose/docker-compose.yml's services, their environment with ${VAR:-default} at its default. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> composeEnvironment() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("infra/compose/docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, Map<String, String>> out = new HashMap<>();
        for (String service : SERVICES) {
            Map<String, Object> s = (Map<String, Object>) services.get(service);
            assertThat(s).as("compose service %s", service).isNotNull();
            Map<String, String> env = new LinkedHashMap<>();
            ((Map<String, Object>) s.get("environment")).forEach((k, v) -> env.put(k, composeValue(v)));
            out.put(service, env);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> composeImages() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("infra/compose/docker-compose.yml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        Map<String, String> out = new HashMap<>();
        for (String service : SERVICES) {
            out.put(service, composeValue(((Map<String, Object>) services.get(service)).get("image")));
        }
        return out;
    }

    private static String composeValue(Object v) {
        String raw = v == null ? "" : String.valueOf(v);
        Matcher m = COMPOSE_VAR.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The lines of the root Dockerfile's stage that builds {@code service}'s image (its target), without the others'. */
    static List<String> dockerfileStage(String service) throws IOException {
        List<String> stage = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(ROOT.resolve("Dockerfile"))) {
            if (line.startsWith("FROM ")) {
                in = line.endsWith(" AS " + service);
            }
            if (in) {
                stage.add(line);
            }
        }
        assertThat(stage).as("a stage AS %s in the Dockerfile", service).isNotEmpty();
        return stage;
    }

    static Set<Integer> dockerfileExposes(String service) throws IOException {
        Set<Integer> ports = new TreeSet<>();
        for (String line : dockerfileStage(service)) {
            if (line.startsWith("EXPOSE ")) {
                for (String p : line.substring(7).trim().split("\\s+")) {
                    ports.add(Integer.parseInt(p));
                }
            }
        }
        return ports;
    }
}
