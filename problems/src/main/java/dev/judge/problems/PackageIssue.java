package dev.judge.problems;

import java.util.Objects;

/**
 * One thing wrong with a package: the file it concerns and what is wrong.
 *
 * @param file the path inside the package ({@code data/secret/01.in}), or {@code <package>} for the whole
 * @param message what is wrong, for people
 */
public record PackageIssue(String file, String message) {

    public PackageIssue {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
