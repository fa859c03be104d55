package dev.judge.problems;

import java.util.List;
import java.util.Objects;

/**
 * The package's own output validator: legacy {@code output_validators/<name>/} (or a single file
 * there), 2023-07 and later {@code output_validator/}. Only its files are read here; building and
 * running it is the judge's business.
 *
 * @param name the program's name (its directory or file base name)
 * @param kind how it is invoked and reports
 * @param files its files, paths relative to the program's directory, in name order
 */
public record OutputValidator(String name, Kind kind, List<PackageFile> files) {

    public OutputValidator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        files = List.copyOf(files);
    }

    /** The calling convention of an output validator. */
    public enum Kind {
        /**
         * The specification's: {@code validator input answer feedback_dir [flags] < output}, exit 42
         * accepted, 43 wrong answer, feedback in {@code judgemessage.txt} and {@code score.txt}.
         */
        KATTIS,
        /**
         * A testlib checker: {@code checker input output answer}, exit 0 accepted, 1 wrong answer, 2
         * presentation error, 3 judge failure. Declared by the validator's sources: a {@code testlib.h}
         * among its files, or a source that includes it.
         */
        TESTLIB
    }
}
