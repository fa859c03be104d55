package dev.judge.problems.reader;

import dev.judge.problems.ContentRef;
import dev.judge.problems.FormatVersion;
import dev.judge.problems.GroupSettings;
import dev.judge.problems.InvalidPackageException;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TestItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The test data tree under {@code data/}. Legacy: every directory is a group. 2023-07 and later:
 * {@code sample} and {@code secret} are groups, and so is each directory of {@code secret} with a
 * {@code test_group.yaml}; other directories only hold test cases, which belong to the group above.
 * A test case is an {@code .in} with its {@code .ans}; items run in lexicographic order of their names.
 */
final class TestData {

    private final PackageFiles files;
    private final Metadata metadata;
    private final ReaderSettings settings;

    TestData(PackageFiles files, Metadata metadata, ReaderSettings settings) {
        this.files = files;
        this.metadata = metadata;
        this.settings = settings;
    }

    TestGroup read() throws InvalidPackageException {
        PackageIndex index = files.index();
        Issues issues = files.issues();
        if (!index.isDirectory("data/secret")) {
            issues.add("data/secret", "missing: a package needs secret test data");
        }
        GroupConfig rootConfig = GroupConfig.root().child(files, "data", version(), settings.maxYamlBytes());
        List<String> allowed = version().modern()
                ? List.of("sample", "secret", "invalid_input", "invalid_output", "valid_output")
                : List.of("sample", "secret");
        List<TestItem> parts = new ArrayList<>();
        for (String name : index.list("data")) {
            String path = "data/" + name;
            if (index.isDirectory(path) && allowed.contains(name)) {
                if (name.equals("sample") || name.equals("secret")) {
                    parts.add(version().modern() ? modernGroup(name, rootConfig) : legacyGroup(name, rootConfig));
                }
            } else if (!name.endsWith(".yaml")) {
                issues.add(path, "only " + String.join(", ", allowed) + " may be directly in data/");
            }
        }
        return new TestGroup("", rootConfig.settings(configFile("data"), "", version(), metadata.type(),
                metadata.validatorFlags(), issues), parts, Map.of());
    }

    private FormatVersion version() {
        return metadata.version();
    }

    private String configFile(String directory) {
        return GroupConfig.file(files.index(), directory, version())
                .orElse(directory + (version().modern() ? "/test_group.yaml" : "/testdata.yaml"));
    }

    /** A group's directory under data/, its configuration (inherited from {@code parent}) and settings. */
    private Opened open(String name, GroupConfig parent) throws InvalidPackageException {
        String directory = "data/" + name;
        GroupConfig config = parent.child(files, directory, version(), settings.maxYamlBytes());
        return new Opened(name, directory, config, config.settings(configFile(directory), name, version(), metadata.type(),
                metadata.validatorFlags(), files.issues()), new ArrayList<>(), new HashMap<>());
    }

    /** A group being read: where it is, its configuration and settings, and the items found so far. */
    private record Opened(String name, String directory, GroupConfig config, GroupSettings settings, List<Named> items,
            Map<String, ContentRef> interactions) {

        /** The group with its items in lexicographic order of their names. */
        TestGroup finished() {
            items.sort(Comparator.comparing(Named::key));
            return new TestGroup(name, settings, items.stream().map(Named::item).toList(), interactions);
        }
    }

    private TestGroup legacyGroup(String name, GroupConfig parent) throws InvalidPackageException {
        Opened group = open(name, parent);
        for (String entry : files.index().list(group.directory())) {
            String path = group.directory() + "/" + entry;
            if (files.index().isDirectory(path)) {
                group.items().add(new Named(entry, legacyGroup(name + "/" + entry, group.config())));
            } else {
                testCase(path, name + "/", group.settings().outputValidatorFlags(), group.config())
                        .ifPresent(t -> group.items().add(new Named(entry.substring(0, entry.length() - 3), t)));
                interaction(path, group.interactions());
            }
        }
        return group.finished();
    }

    private TestGroup modernGroup(String name, GroupConfig parent) throws InvalidPackageException {
        Opened group = open(name, parent);
        String directory = group.directory();
        boolean groups = name.equals("secret") && files.index().list(directory).stream()
                .anyMatch(e -> GroupConfig.file(files.index(), directory + "/" + e, version()).isPresent());
        for (String entry : files.index().list(directory)) {
            String path = directory + "/" + entry;
            if (groups && files.index().isDirectory(path)) {
                if (GroupConfig.file(files.index(), path, version()).isEmpty()) {
                    files.issues().add(path, "every directory of data/secret must be a test data group (have a"
                            + " test_group.yaml) when one is");
                }
                group.items().add(new Named(name + "/" + entry, modernGroup(name + "/" + entry, group.config())));
            } else if (groups && entry.endsWith(".in")) {
                files.issues().add(path, "test cases and test data groups cannot both be directly in data/secret");
            } else {
                collect(path, name + "/" + entry, group.settings().outputValidatorFlags(), group.config(), group.items(),
                        group.interactions());
            }
        }
        return group.finished();
    }

    /** Test cases at or below a path that is not a group, named by their full path under data/. */
    private void collect(String path, String name, List<String> flags, GroupConfig config, List<Named> into,
            Map<String, ContentRef> interactions) throws InvalidPackageException {
        if (files.index().isDirectory(path)) {
            for (String entry : files.index().list(path)) {
                collect(path + "/" + entry, name + "/" + entry, flags, config, into, interactions);
            }
            return;
        }
        Optional<TestCase> test = testCase(path, name.substring(0, name.lastIndexOf('/') + 1), flags, config);
        test.ifPresent(t -> into.add(new Named(t.name(), t)));
        interaction(path, interactions);
    }

    private Optional<TestCase> testCase(String path, String prefix, List<String> flags, GroupConfig config)
            throws InvalidPackageException {
        if (!path.endsWith(".in")) {
            return Optional.empty();
        }
        String base = path.substring(0, path.length() - 3);
        String name = prefix + base.substring(base.lastIndexOf('/') + 1);
        if (!files.index().isFile(base + ".ans")) {
            files.issues().add(path, "no " + base.substring(base.lastIndexOf('/') + 1) + ".ans for this .in");
            return Optional.empty();
        }
        ContentRef input = files.store(path).ref();
        ContentRef answer = files.store(base + ".ans").ref();
        Optional<ContentRef> interaction = files.index().isFile(base + ".interaction")
                ? Optional.of(files.store(base + ".interaction").ref()) : Optional.empty();
        return Optional.of(new TestCase(name, input, answer, interaction, caseFlags(base, flags)));
    }

    /** A 2023-07 and later test case's own {@code .yaml} may set its output validator arguments. */
    private List<String> caseFlags(String base, List<String> groupFlags) throws InvalidPackageException {
        if (!version().modern() || !files.index().isFile(base + ".yaml")) {
            return groupFlags;
        }
        Optional<JsonNode> yaml = Yaml.read(files, base + ".yaml", settings.maxYamlBytes());
        if (yaml.isEmpty() || !yaml.get().has("output_validator_args")) {
            return groupFlags;
        }
        List<String> flags = new ArrayList<>(metadata.validatorFlags());
        flags.addAll(Yaml.words(yaml.get().get("output_validator_args")));
        return flags;
    }

    private void interaction(String path, Map<String, ContentRef> into) throws InvalidPackageException {
        if (path.endsWith(".interaction")) {
            String base = path.substring(0, path.length() - ".interaction".length());
            if (!files.index().isFile(base + ".in")) {
                into.put(base.substring("data/".length()), files.store(path).ref());
            }
        }
    }

    /** An item with the name it is ordered by. */
    private record Named(String key, TestItem item) {
    }
}
