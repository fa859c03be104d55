package dev.judge.problems;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The version of the package format a {@code problem.yaml} declares ({@code problem_format_version}). */
public enum FormatVersion {
    /** No version, {@code legacy} or {@code legacy-icpc}: {@code testdata.yaml}, {@code output_validators/}. */
    LEGACY(List.of("legacy", "legacy-icpc")),
    /** The 2023-07 draft: {@code test_group.yaml} (or {@code testdata.yaml}), {@code output_validator/}. */
    V2023_07(List.of("2023-07-draft", "2023-07")),
    /** The 2025-09 release, the draft's successor, read like it. */
    V2025_09(List.of("2025-09", "2025-09-draft"));

    private final List<String> spellings;

    FormatVersion(List<String> spellings) {
        this.spellings = spellings;
    }

    /** How {@code problem.yaml} spells it; the first spelling is the canonical one. */
    public List<String> spellings() {
        return spellings;
    }

    /** Whether this is one of the versions after legacy (2023-07 and later). */
    public boolean modern() {
        return this != LEGACY;
    }

    /** The version with this spelling. */
    public static Optional<FormatVersion> fromYaml(String value) {
        return Arrays.stream(values()).filter(v -> v.spellings.contains(value)).findFirst();
    }
}
