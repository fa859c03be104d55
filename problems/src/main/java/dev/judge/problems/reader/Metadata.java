package dev.judge.problems.reader;

import dev.judge.problems.FormatVersion;
import dev.judge.problems.Limits;
import dev.judge.problems.ProblemType;
import dev.judge.problems.TimeLimit;
import dev.judge.problems.TimeMultipliers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * What {@code problem.yaml} says, read for its version: legacy {@code type}, {@code validation} and
 * {@code validator_flags}, {@code time_multiplier} and {@code time_safety_margin}; 2023-07 and later a
 * {@code type} list, {@code name} as a map, {@code limits.time_limit} and {@code time_multipliers}.
 */
record Metadata(
        FormatVersion version,
        Map<String, String> names,
        Optional<String> uuid,
        ProblemType type,
        boolean customValidation,
        boolean interactive,
        boolean multiPass,
        boolean validatorScores,
        List<String> validatorFlags,
        Limits limits) {

    static final String FILE = "problem.yaml";

    static Metadata read(JsonNode yaml, Optional<Double> timelimitFile, ReaderSettings settings, Issues issues) {
        String versionText = yaml.has("problem_format_version") ? yaml.get("problem_format_version").asString()
                : "legacy";
        FormatVersion version = FormatVersion.fromYaml(versionText).orElse(null);
        if (version == null) {
            issues.add(FILE, "unknown problem_format_version '" + versionText + "'");
            version = FormatVersion.LEGACY;
        }
        List<String> types = Yaml.words(yaml.get("type"));
        boolean scoring = types.contains("scoring");
        for (String type : types) {
            if (!List.of("pass-fail", "scoring", "interactive", "multi-pass", "submit-answer").contains(type)
                    || (!version.modern() && !List.of("pass-fail", "scoring").contains(type))) {
                issues.add(FILE, "unknown type '" + type + "'");
            }
        }
        if (scoring && types.contains("pass-fail")) {
            issues.add(FILE, "type is both pass-fail and scoring");
        }
        boolean custom;
        boolean interactive;
        boolean multiPass = types.contains("multi-pass");
        boolean scores;
        List<String> flags = new ArrayList<>();
        if (version.modern()) {
            interactive = types.contains("interactive");
            custom = interactive || multiPass;
            scores = scoring;
            if (yaml.has("validator_flags") || yaml.has("validation")) {
                issues.add(FILE, "validation and validator_flags are legacy keys; use test_group.yaml's"
                        + " output_validator_args and the type list");
            }
        } else {
            List<String> validation = Yaml.words(yaml.get("validation"));
            String mode = validation.isEmpty() ? "default" : validation.get(0);
            if (!mode.equals("default") && !mode.equals("custom")) {
                issues.add(FILE, "validation must begin with default or custom, not '" + mode + "'");
            }
            custom = mode.equals("custom");
            interactive = custom && validation.contains("interactive");
            scores = custom && validation.contains("score");
            if (scores && !scoring) {
                issues.add(FILE, "validation 'score' is only for scoring problems");
            }
            flags.addAll(Yaml.words(yaml.get("validator_flags")));
        }
        return new Metadata(version, names(yaml, version, issues), uuid(yaml),
                scoring ? ProblemType.SCORING : ProblemType.PASS_FAIL, custom, interactive, multiPass, scores, flags,
                limits(yaml.get("limits"), version, timelimitFile, settings, issues));
    }

    private static Map<String, String> names(JsonNode yaml, FormatVersion version, Issues issues) {
        JsonNode name = yaml.get("name");
        Map<String, String> names = new LinkedHashMap<>();
        if (name == null || name.isNull()) {
            if (version.modern()) {
                issues.add(FILE, "name is required");
            }
        } else if (name.isObject()) {
            name.properties().forEach(e -> names.put(e.getKey(), e.getValue().asString()));
        } else {
            names.put("en", name.asString());
        }
        return names;
    }

    private static Optional<String> uuid(JsonNode yaml) {
        return yaml.has("uuid") ? Optional.of(yaml.get("uuid").asString()) : Optional.empty();
    }

    private static Limits limits(JsonNode limits, FormatVersion version, Optional<Double> timelimitFile,
            ReaderSettings settings, Issues issues) {
        JsonNode l = limits == null || !limits.isObject() ? tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode() : limits;
        TimeMultipliers multipliers;
        if (version.modern()) {
            JsonNode m = l.get("time_multipliers");
            double ac = m == null ? 2.0 : positive(m.get("ac_to_time_limit"), "limits.time_multipliers.ac_to_time_limit",
                    issues).orElse(2.0);
            double tle = m == null ? 1.5 : positive(m.get("time_limit_to_tle"),
                    "limits.time_multipliers.time_limit_to_tle", issues).orElse(1.5);
            multipliers = multipliers(ac, tle, TimeMultipliers.DEFAULT, issues);
        } else {
            multipliers = multipliers(positive(l.get("time_multiplier"), "limits.time_multiplier", issues).orElse(5.0),
                    positive(l.get("time_safety_margin"), "limits.time_safety_margin", issues).orElse(2.0),
                    TimeMultipliers.LEGACY_DEFAULT, issues);
        }
        Optional<Double> yamlLimit = version.modern() ? positive(l.get("time_limit"), "limits.time_limit", issues)
                : Optional.empty();
        TimeLimit timeLimit = yamlLimit.map(s -> new TimeLimit(s, TimeLimit.Source.PROBLEM_YAML))
                .or(() -> timelimitFile.map(s -> new TimeLimit(s, TimeLimit.Source.TIMELIMIT_FILE)))
                .orElse(new TimeLimit(settings.defaultTimeLimitSec(), TimeLimit.Source.DEFAULT));
        double resolution = positive(l.get("time_resolution"), "limits.time_resolution", issues).orElse(1.0);
        int passes = (int) Math.round(positive(l.get("validation_passes"), "limits.validation_passes", issues)
                .orElse(2.0));
        if (passes < 2) {
            issues.add(FILE, "limits.validation_passes must be at least 2");
            passes = 2;
        }
        return new Limits(timeLimit, multipliers, resolution, whole(l, "memory", issues), whole(l, "output", issues),
                whole(l, "code", issues), whole(l, "compilation_time", issues), whole(l, "compilation_memory", issues),
                whole(l, "validation_time", issues), whole(l, "validation_memory", issues),
                whole(l, "validation_output", issues), passes);
    }

    private static TimeMultipliers multipliers(double ac, double tle, TimeMultipliers fallback, Issues issues) {
        if (ac < 1 || tle < 1) {
            issues.add(FILE, "time multipliers must be at least 1");
            return fallback;
        }
        return new TimeMultipliers(ac, tle);
    }

    private static Optional<Double> positive(JsonNode node, String key, Issues issues) {
        Optional<Double> value = Yaml.number(node, issues, FILE, key);
        if (value.isPresent() && !(value.get() > 0 && Double.isFinite(value.get()))) {
            issues.add(FILE, key + " must be positive: " + value.get());
            return Optional.empty();
        }
        return value;
    }

    private static OptionalInt whole(JsonNode limits, String key, Issues issues) {
        Optional<Double> value = positive(limits.get(key), "limits." + key, issues);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.get() != Math.rint(value.get()) || value.get() > Integer.MAX_VALUE) {
            issues.add(FILE, "limits." + key + " must be a whole number: " + value.get());
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.get().intValue());
    }
}
