package dev.judge.deploy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBehavior;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The custom resources fabric8's core model does not have, as records naming exactly the fields the
 * manifests use (read with {@link StrictYaml#MAPPER}: any other field fails the parse). Their
 * nested Kubernetes types (metadata, label selectors, the HPA behaviour) are fabric8's own.
 */
final class CustomResources {

    private CustomResources() {
    }

    /** KEDA's ScaledObject (keda.sh/v1alpha1), the fields of its spec this deployment uses. */
    record ScaledObject(String apiVersion, String kind, ObjectMeta metadata, ScaledObjectSpec spec) {
    }

    record ScaledObjectSpec(ScaleTarget scaleTargetRef, Integer pollingInterval, Integer cooldownPeriod,
            Integer minReplicaCount, Integer maxReplicaCount, Advanced advanced, List<Trigger> triggers) {
    }

    record ScaleTarget(String apiVersion, String kind, String name) {
    }

    record Advanced(HpaConfig horizontalPodAutoscalerConfig) {
    }

    record HpaConfig(HorizontalPodAutoscalerBehavior behavior) {
    }

    /** A trigger; its metadata is a free map in KEDA, so the test checks its keys against {@link #KAFKA_TRIGGER_KEYS}. */
    record Trigger(String type, Map<String, String> metadata, AuthenticationRef authenticationRef) {
    }

    record AuthenticationRef(String name) {
    }

    /** The kafka scaler's metadata keys (KEDA 2.x). */
    static final Set<String> KAFKA_TRIGGER_KEYS = Set.of("bootstrapServers", "bootstrapServersFromEnv",
            "consumerGroup", "consumerGroupFromEnv", "topic", "topicFromEnv", "lagThreshold", "activationLagThreshold",
            "offsetResetPolicy", "allowIdleConsumers", "excludePersistentLag", "limitToPartitionsWithLag",
            "scaleToZeroOnInvalidOffset", "partitionLimitation", "sasl", "tls", "version");

    /** KEDA's TriggerAuthentication (keda.sh/v1alpha1): scaler parameters read from Secrets. */
    record TriggerAuthentication(String apiVersion, String kind, ObjectMeta metadata, TriggerAuthenticationSpec spec) {
    }

    record TriggerAuthenticationSpec(List<SecretTargetRef> secretTargetRef) {
    }

    record SecretTargetRef(String parameter, String name, String key) {
    }

    /** The kafka scaler's authentication parameters (KEDA 2.x), which a TriggerAuthentication may set. */
    static final Set<String> KAFKA_AUTH_PARAMETERS = Set.of("sasl", "username", "password", "tls", "ca", "cert", "key",
            "keyPassword", "unsafeSsl");

    /** Prometheus Operator's ServiceMonitor (monitoring.coreos.com/v1), the fields this deployment uses. */
    record ServiceMonitor(String apiVersion, String kind, ObjectMeta metadata, ServiceMonitorSpec spec) {
    }

    record ServiceMonitorSpec(LabelSelector selector, List<MonitorEndpoint> endpoints) {
    }

    record MonitorEndpoint(String port, String path, String interval, String scrapeTimeout, String scheme) {
    }

    /** kustomization.yaml, the fields {@link Kustomize} applies (and no others). */
    record Kustomization(String apiVersion, String kind, String namespace, List<String> resources,
            List<ImageOverride> images, List<PatchRef> patches) {
    }

    record ImageOverride(String name, String newName, String newTag) {
    }

    record PatchRef(String path) {
    }
}
