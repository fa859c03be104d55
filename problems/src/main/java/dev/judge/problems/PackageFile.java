package dev.judge.problems;

import java.util.Objects;

/**
 * One file of a program in the package (an output validator's, a submission's).
 *
 * @param path its path inside the program, {@code /}-separated ({@code validate.cc}, {@code src/Main.java})
 * @param content where its bytes were stored
 */
public record PackageFile(String path, ContentRef content) {

    public PackageFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
