package dev.judge.problems;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a file's bytes went: a {@link TestDataSink} stored them and names them by their SHA-256.
 *
 * @param sha256 the SHA-256 of the bytes, 64 lowercase hex digits
 * @param size the number of bytes
 */
public record ContentRef(String sha256, long size) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ContentRef {
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lowercase hex SHA-256: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
    }
}
