package dev.judge.problems.reader;

import dev.judge.problems.FormatVersion;
import dev.judge.problems.GroupSettings;
import dev.judge.problems.LegacyGrading;
import dev.judge.problems.LegacyGrading.OnReject;
import dev.judge.problems.LegacyGrading.ScoreMode;
import dev.judge.problems.LegacyGrading.ScoreRange;
import dev.judge.problems.LegacyGrading.VerdictMode;
import dev.judge.problems.ProblemType;
import dev.judge.problems.ScoreAggregation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;

/**
 * A group's configuration file, with inheritance. Legacy ({@code testdata.yaml}): every key a group leaves
 * out is taken from the nearest ancestor that sets it, else the default. 2023-07 and later
 * ({@code test_group.yaml}, or {@code testdata.yaml} as early drafts named it): the validator arguments
 * are inherited; {@code max_score}, {@code score_aggregation} and {@code require_pass} are each group's
 * own, with {@code secret}'s defaults (sum, 100) and a group's (pass-fail, unbounded).
 *
 * @param keys the keys in force for the group (its own over its ancestors'); a transient reading aid
 */
record GroupConfig(Map<String, JsonNode> keys) {

    static GroupConfig root() {
        return new GroupConfig(Map.of());
    }

    /** The file a group's configuration is in, for this version, if the directory has one. */
    static Optional<String> file(PackageIndex index, String directory, FormatVersion version) {
        List<String> names = version.modern() ? List.of("test_group.yaml", "testdata.yaml") : List.of("testdata.yaml");
        return names.stream().map(n -> directory + "/" + n).filter(index::isFile).findFirst();
    }

    /** This configuration with a child directory's file read over it. */
    GroupConfig child(PackageFiles files, String directory, FormatVersion version, int maxYamlBytes)
            throws dev.judge.problems.InvalidPackageException {
        Map<String, JsonNode> merged = new HashMap<>(keys);
        if (version.modern()) {
            merged.keySet().retainAll(List.of("output_validator_args", "input_validator_args",
                    "output_validator_flags", "input_validator_flags"));
        }
        Optional<String> file = file(files.index(), directory, version);
        if (file.isPresent()) {
            Optional<JsonNode> yaml = Yaml.read(files, file.get(), maxYamlBytes);
            yaml.ifPresent(y -> y.properties().forEach(e -> merged.put(e.getKey(), e.getValue())));
        }
        return new GroupConfig(Map.copyOf(merged));
    }

    /** The group's settings; {@code problemFlags} go before the group's output validator flags. */
    GroupSettings settings(String file, String groupName, FormatVersion version, ProblemType type,
            List<String> problemFlags, Issues issues) {
        List<String> output = new ArrayList<>(problemFlags);
        output.addAll(flags(version.modern() && keys.containsKey("output_validator_args") ? "output_validator_args"
                : "output_validator_flags"));
        List<String> input = flags(version.modern() && keys.containsKey("input_validator_args") ? "input_validator_args"
                : "input_validator_flags");
        var grading = version.modern() ? aggregation(file, groupName, type, issues)
                : legacy(file, groupName, type, issues);
        return new GroupSettings(grading, output, input);
    }

    private List<String> flags(String key) {
        JsonNode node = keys.get(key);
        if (node != null && node.isObject()) {
            return node.has("flags") ? Yaml.words(node.get("flags")) : List.of();
        }
        return Yaml.words(node);
    }

    private LegacyGrading legacy(String file, String groupName, ProblemType type, Issues issues) {
        LegacyGrading d = LegacyGrading.DEFAULT;
        VerdictMode verdict = d.verdictMode();
        ScoreMode score = d.scoreMode();
        boolean ignoreSample = false;
        boolean anyAccepted = false;
        boolean custom = text("grading").map(g -> {
            if (!g.equals("default") && !g.equals("custom")) {
                issues.add(file, "grading must be default or custom, not '" + g + "'");
            }
            return g.equals("custom");
        }).orElse(false);
        List<String> graderFlags = Yaml.words(keys.get("grader_flags"));
        for (String flag : graderFlags) {
            switch (flag) {
                case "worst_error", "no_errors" -> verdict = VerdictMode.WORST_ERROR;
                case "first_error" -> verdict = VerdictMode.FIRST_ERROR;
                case "always_accept" -> verdict = VerdictMode.ALWAYS_ACCEPT;
                case "sum" -> score = ScoreMode.SUM;
                case "avg" -> score = ScoreMode.AVG;
                case "min" -> score = ScoreMode.MIN;
                case "max" -> score = ScoreMode.MAX;
                case "ignore_sample" -> ignoreSample = true;
                case "accept_if_any_accepted" -> anyAccepted = true;
                default -> {
                    if (!custom) {
                        issues.add(file, "unknown grader flag '" + flag + "'");
                    }
                }
            }
        }
        if (ignoreSample && !groupName.isEmpty()) {
            issues.add(file, "grader flag ignore_sample is only for data/ itself, and group '" + groupName
                    + "' has it (grader_flags are inherited: set them again below data/)");
        }
        OnReject onReject = text("on_reject").map(o -> switch (o) {
            case "break" -> OnReject.BREAK;
            case "continue" -> OnReject.CONTINUE;
            default -> {
                issues.add(file, "on_reject must be break or continue, not '" + o + "'");
                yield OnReject.BREAK;
            }
        }).orElse(OnReject.BREAK);
        double accept = Yaml.number(keys.get("accept_score"), issues, file, "accept_score").orElse(1.0);
        double reject = Yaml.number(keys.get("reject_score"), issues, file, "reject_score").orElse(0.0);
        ScoreRange range = text("range").map(r -> range(r, file, issues)).orElse(ScoreRange.ANY);
        if (type == ProblemType.PASS_FAIL) {
            for (String key : List.of("accept_score", "reject_score", "range")) {
                if (keys.containsKey(key)) {
                    issues.add(file, key + " is only for scoring problems");
                }
            }
        }
        return new LegacyGrading(verdict, score, ignoreSample, anyAccepted, custom, graderFlags, accept, reject, range,
                onReject);
    }

    private static ScoreRange range(String text, String file, Issues issues) {
        String[] parts = text.strip().split("\\s+");
        try {
            if (parts.length == 2) {
                return new ScoreRange(bound(parts[0]), bound(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        issues.add(file, "range must be two numbers, the lower first: '" + text + "'");
        return ScoreRange.ANY;
    }

    private static double bound(String text) {
        return switch (text) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private ScoreAggregation aggregation(String file, String groupName, ProblemType type, Issues issues) {
        ScoreAggregation defaults = groupName.equals("secret") ? ScoreAggregation.SECRET_DEFAULT
                : ScoreAggregation.GROUP_DEFAULT;
        for (String key : List.of("max_score", "score_aggregation", "require_pass")) {
            if (keys.containsKey(key) && (type == ProblemType.PASS_FAIL || groupName.equals("sample"))) {
                issues.add(file, key + (type == ProblemType.PASS_FAIL ? " is only for scoring problems"
                        : " is not allowed in sample"));
            }
        }
        OptionalDouble max = defaults.maxScore();
        JsonNode maxNode = keys.get("max_score");
        if (maxNode != null) {
            if (maxNode.isString() && maxNode.stringValue().equals("unbounded")) {
                max = OptionalDouble.empty();
            } else if (maxNode.isIntegralNumber() && maxNode.doubleValue() >= 0) {
                max = OptionalDouble.of(maxNode.doubleValue());
            } else {
                issues.add(file, "max_score must be a non-negative integer or unbounded: " + maxNode);
            }
        }
        ScoreAggregation.Aggregation aggregation = text("score_aggregation").map(a -> switch (a) {
            case "pass-fail" -> ScoreAggregation.Aggregation.PASS_FAIL;
            case "sum" -> ScoreAggregation.Aggregation.SUM;
            case "min" -> ScoreAggregation.Aggregation.MIN;
            default -> {
                issues.add(file, "score_aggregation must be pass-fail, sum or min, not '" + a + "'");
                yield defaults.aggregation();
            }
        }).orElse(defaults.aggregation());
        return new ScoreAggregation(aggregation, max, Yaml.words(keys.get("require_pass")));
    }

    private Optional<String> text(String key) {
        JsonNode node = keys.get(key);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asString().strip());
    }
}
