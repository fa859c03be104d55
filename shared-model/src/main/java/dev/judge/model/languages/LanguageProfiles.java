package dev.judge.model.languages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the declared language profiles from the class path: {@code languages/index} lists the
 * profiles in catalogue order, one {@code languages/<name>.yaml} each. A profile that cannot be read,
 * names itself differently from its file, or repeats another's name, alias or Judge0 id stops the
 * load with a message naming the file.
 */
public final class LanguageProfiles {

    private static final String DIRECTORY = "languages/";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9+#_-]{0,31}");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private LanguageProfiles() {
    }

    /** Every declared profile, in the index's order. */
    public static List<LanguageProfile> load() {
        List<LanguageProfile> profiles = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Integer> judge0Ids = new HashSet<>();
        for (String file : index()) {
            LanguageProfile p = read(file);
            if (!p.name().equals(file) || !NAME.matcher(p.name()).matches()) {
                throw new IllegalStateException(DIRECTORY + file + ".yaml: name '" + p.name()
                        + "' must be the file's name and match " + NAME);
            }
            for (String n : concat(p.name(), p.aliases())) {
                if (!names.add(n)) {
                    throw new IllegalStateException(DIRECTORY + file + ".yaml: name or alias '" + n + "' is declared twice");
                }
            }
            if (p.judge0() != null) {
                for (int id : p.judge0().ids()) {
                    if (!judge0Ids.add(id)) {
                        throw new IllegalStateException(DIRECTORY + file + ".yaml: Judge0 id " + id + " is declared twice");
                    }
                }
            }
            profiles.add(p);
        }
        return List.copyOf(profiles);
    }

    /** One profile, parsed from its YAML text (for tests of profiles not on the class path too). */
    public static LanguageProfile parse(String yaml, String origin) {
        try {
            return YAML.readValue(yaml, LanguageProfile.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException(origin + ": " + e.getMessage(), e);
        }
    }

    private static LanguageProfile read(String name) {
        String path = DIRECTORY + name + ".yaml";
        return parse(resource(path), path);
    }

    private static List<String> index() {
        return resource(DIRECTORY + "index").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String resource(String path) {
        try (InputStream in = LanguageProfiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
