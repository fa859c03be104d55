package dev.judge.problems;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One test case: an {@code .in} and its {@code .ans}.
 *
 * @param name the path under {@code data/} without extension ({@code secret/group1/01-small})
 * @param input the {@code .in}, given to the submission on standard input
 * @param answer the {@code .ans}, given to the output validator
 * @param interaction the {@code .interaction} of an interactive sample: shown in the statement, never run
 * @param outputValidatorFlags the flags the output validator gets for this case (its group's, or its own
 *     {@code .yaml}'s {@code output_validator_args})
 */
public record TestCase(
        String name,
        ContentRef input,
        ContentRef answer,
        Optional<ContentRef> interaction,
        List<String> outputValidatorFlags) implements TestItem {

    public TestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(interaction, "interaction");
        outputValidatorFlags = List.copyOf(outputValidatorFlags);
    }

    /** Whether it is a sample (under {@code data/sample/}). */
    public boolean sample() {
        return name.startsWith("sample/");
    }
}
