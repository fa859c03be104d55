package dev.judge.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads Kubernetes YAML into fabric8's typed model and refuses what the model does not know.
 * fabric8's classes keep unknown fields in an {@code additionalProperties} map (a Jackson any-setter),
 * which would accept any misspelling; this mapper removes every any-setter, so with
 * FAIL_ON_UNKNOWN_PROPERTIES a field the model lacks (or a misspelled one) fails the parse. The
 * custom resources (KEDA's ScaledObject and TriggerAuthentication, Prometheus' ServiceMonitor) and kustomization.yaml are read
 * into the records of {@link CustomResources}, which name exactly the fields the manifests use.
 */
final class StrictYaml {

    static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("no-any-setter").setDeserializerModifier(new ValueDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config,
                        BeanDescription.Supplier beanDesc, BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }))
            .build();

    /** The kinds the manifests may hold, by apiVersion and kind. Anything else is refused. */
    static final Map<String, Class<?>> KINDS = Map.ofEntries(
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("keda.sh/v1alpha1/ScaledObject", CustomResources.ScaledObject.class),
            Map.entry("keda.sh/v1alpha1/TriggerAuthentication", CustomResources.TriggerAuthentication.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", CustomResources.ServiceMonitor.class),
            Map.entry("kustomize.config.k8s.io/v1beta1/Kustomization", CustomResources.Kustomization.class));

    private StrictYaml() {
    }

    /** Every YAML document of a file, as trees (empty documents skipped). */
    static List<JsonNode> documents(Path file) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            while (it.hasNextValue()) {
                JsonNode doc = it.nextValue();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    static String kindKey(JsonNode doc) {
        return doc.path("apiVersion").asString("") + "/" + doc.path("kind").asString("");
    }

    /** The document in its typed class; fails for an unknown kind or any field the type does not have. */
    static Object typed(JsonNode doc) {
        Class<?> type = KINDS.get(kindKey(doc));
        if (type == null) {
            throw new IllegalArgumentException("not a kind the manifests may hold: " + kindKey(doc));
        }
        return MAPPER.treeToValue(doc, type);
    }

    static <T> T typed(JsonNode doc, Class<T> type) {
        Object value = typed(doc);
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(kindKey(doc) + " is not a " + type.getSimpleName());
        }
        return type.cast(value);
    }
}
