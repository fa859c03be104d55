package dev.judge.problems;

import java.util.List;
import java.util.Objects;

/**
 * What a group's {@code testdata.yaml} (legacy) or {@code test_group.yaml} (2023-07 and later) says,
 * with inheritance applied: legacy settings are inherited from the nearest ancestor that sets them;
 * later versions inherit only the validator arguments, and {@code secret} and its groups have their
 * own scoring defaults.
 *
 * @param grading how the group's result is computed from its items
 * @param outputValidatorFlags the output validator's extra arguments for the group's test cases
 *     ({@code output_validator_flags} or {@code output_validator_args}), after the problem's
 *     {@code validator_flags}
 * @param inputValidatorFlags the input validators' arguments ({@code input_validator_flags} or
 *     {@code input_validator_args} as a list; per-validator maps are not kept)
 */
public record GroupSettings(GroupGrading grading, List<String> outputValidatorFlags, List<String> inputValidatorFlags) {

    public GroupSettings {
        Objects.requireNonNull(grading, "grading");
        outputValidatorFlags = List.copyOf(outputValidatorFlags);
        inputValidatorFlags = List.copyOf(inputValidatorFlags);
    }
}
