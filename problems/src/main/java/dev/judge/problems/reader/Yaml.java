package dev.judge.problems.reader;

import dev.judge.problems.InvalidPackageException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The package's YAML files, parsed by Jackson's YAML parser into trees, and the small readings of their values. */
final class Yaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private Yaml() {
    }

    /** The file's tree (an empty object for an empty file), or empty with an issue naming the parser's message. */
    static Optional<JsonNode> read(PackageFiles files, String path, int maxBytes) throws InvalidPackageException {
        byte[] bytes = files.readSmall(path, maxBytes);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return Optional.of(MAPPER.createObjectNode());
            }
            if (!tree.isObject()) {
                files.issues().add(path, "is not a YAML map");
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JacksonException e) {
            files.issues().add(path, "unreadable YAML: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** A string value, split at whitespace; a list of strings as it is. */
    static List<String> words(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> words = new ArrayList<>();
            node.values().forEach(v -> words.add(v.asString()));
            return words;
        }
        String text = node.asString().strip();
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
    }

    /** A number, or empty (with an issue) where the value is not one. */
    static Optional<Double> number(JsonNode node, Issues issues, String file, String key) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            return Optional.of(node.doubleValue());
        }
        if (node.isString()) {
            try {
                return Optional.of(Double.parseDouble(node.stringValue().strip()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        issues.add(file, key + " is not a number: " + node);
        return Optional.empty();
    }
}
