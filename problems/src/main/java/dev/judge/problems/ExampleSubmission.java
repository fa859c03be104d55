package dev.judge.problems;

import dev.judge.model.Language;
import dev.judge.model.Status;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of the package's own programs under {@code submissions/<folder>/}: a single file or a directory.
 *
 * @param name its path under {@code submissions/} ({@code accepted/sol.cpp}, {@code wrong_answer/multi})
 * @param expectation what its folder declares, or {@link Expectation#DECLARED} when a DOMjudge
 *     {@code @EXPECTED_RESULTS@:} line in a source overrides it
 * @param expectedVerdicts the verdicts it may get
 * @param language its language, guessed from file extensions; empty where none matched
 * @param files its files, paths relative to the program (a single file's is its name), in name order
 */
public record ExampleSubmission(
        String name,
        Expectation expectation,
        Set<Status> expectedVerdicts,
        Optional<Language> language,
        List<PackageFile> files) {

    public ExampleSubmission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expectation, "expectation");
        expectedVerdicts = expectedVerdicts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(expectedVerdicts));
        Objects.requireNonNull(language, "language");
        files = List.copyOf(files);
    }
}
