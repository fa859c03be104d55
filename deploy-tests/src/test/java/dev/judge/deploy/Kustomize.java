package dev.judge.deploy;

import dev.judge.deploy.CustomResources.ImageOverride;
import dev.judge.deploy.CustomResources.Kustomization;
import dev.judge.deploy.CustomResources.PatchRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization as {@code kubectl kustomize} would, for the subset the manifests use (no
 * kustomize binary exists on the build machines): {@code resources} (files and directories with a
 * kustomization.yaml), strategic-merge {@code patches} (maps merged, lists of named items merged by
 * name, other lists replaced, as Kubernetes' patch strategy does for containers, env, ports and
 * volumes), {@code images} and {@code namespace}. A kustomization with any other field is refused
 * by {@link StrictYaml}, so the renderer never silently ignores what kustomize would apply.
 */
final class Kustomize {

    private Kustomize() {
    }

    static List<JsonNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + dir);
        }
        Kustomization k = StrictYaml.typed(StrictYaml.documents(file).get(0), Kustomization.class);
        List<JsonNode> out = new ArrayList<>();
        for (String resource : k.resources() == null ? List.<String>of() : k.resources()) {
            Path p = dir.resolve(resource).normalize();
            if (Files.isDirectory(p)) {
                out.addAll(render(p));
            } else if (Files.isRegularFile(p)) {
                StrictYaml.documents(p).forEach(d -> out.add(d.deepCopy()));
            } else {
                throw new IllegalArgumentException(file + ": resource " + resource + " does not exist");
            }
        }
        for (PatchRef patch : k.patches() == null ? List.<PatchRef>of() : k.patches()) {
            for (JsonNode p : StrictYaml.documents(dir.resolve(patch.path()))) {
                JsonNode target = out.stream().filter(d -> sameObject(d, p)).findFirst().orElseThrow(
                        () -> new IllegalArgumentException(file + ": patch " + patch.path() + " matches no resource"));
                merge((ObjectNode) target, p);
            }
        }
        for (ImageOverride image : k.images() == null ? List.<ImageOverride>of() : k.images()) {
            int replaced = 0;
            for (JsonNode d : out) {
                for (JsonNode c : d.path("spec").path("template").path("spec").path("containers")) {
                    String current = c.path("image").asString();
                    String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
                    String tag = current.contains(":") ? current.substring(current.lastIndexOf(':') + 1) : "latest";
                    if (name.equals(image.name())) {
                        ((ObjectNode) c).put("image", (image.newName() == null ? name : image.newName()) + ":"
                                + (image.newTag() == null ? tag : image.newTag()));
                        replaced++;
                    }
                }
            }
            if (replaced == 0) {
                throw new IllegalArgumentException(file + ": image " + image.name() + " is used by no container");
            }
        }
        if (k.namespace() != null) {
            for (JsonNode d : out) {
                if (!"Namespace".equals(d.path("kind").asString())) {
                    ((ObjectNode) d.path("metadata")).put("namespace", k.namespace());
                }
            }
        }
        return out;
    }

    private static boolean sameObject(JsonNode a, JsonNode b) {
        return StrictYaml.kindKey(a).equals(StrictYaml.kindKey(b))
                && a.path("metadata").path("name").asString().equals(b.path("metadata").path("name").asString());
    }

    /** A strategic merge: maps merge, lists of maps with a name merge by name, anything else is replaced. */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            JsonNode current = target.get(e.getKey());
            JsonNode value = e.getValue();
            if (current instanceof ObjectNode obj && value.isObject()) {
                merge(obj, value);
            } else if (current instanceof ArrayNode list && value.isArray() && namedItems(list) && namedItems(value)) {
                for (JsonNode item : value) {
                    JsonNode existing = null;
                    for (JsonNode c : list) {
                        if (c.path("name").asString().equals(item.path("name").asString())) {
                            existing = c;
                        }
                    }
                    if (existing instanceof ObjectNode obj) {
                        merge(obj, item);
                    } else {
                        list.add(item.deepCopy());
                    }
                }
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }

    private static boolean namedItems(JsonNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path("name").isString()) {
                return false;
            }
        }
        return true;
    }
}
