package dev.judge.run.problem;

import dev.judge.model.TestCaseScheduled;
import dev.judge.problems.ContentRef;
import dev.judge.state.ProblemDataStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Problems' test data on this host, by content digest: read from the store once, then from a file
 * of this host's cache directory, so a host judging the same problem again reads nothing from Redis.
 * Files are written under a temporary name and moved into place, so a reader never sees half of one.
 */
public final class ProblemDataCache {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final ProblemDataStore store;
    private final Path directory;

    public ProblemDataCache(ProblemDataStore store, Path directory) {
        this.store = store;
        this.directory = directory;
    }

    /** A test case's input. */
    public byte[] input(TestCaseScheduled.ProblemTest test) throws IOException {
        return get(test.inputSha256(), test.inputBytes());
    }

    /** A test case's answer, for the output validator. */
    public byte[] answer(TestCaseScheduled.ProblemTest test) throws IOException {
        return get(test.answerSha256(), test.answerBytes());
    }

    byte[] get(String sha256, long size) throws IOException {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IOException("not a test data digest: " + sha256);
        }
        Path file = directory.resolve(sha256.substring(0, 2)).resolve(sha256);
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return Files.readAllBytes(file);
        }
        byte[] data = store.read(new ContentRef(sha256, size));
        Files.createDirectories(file.getParent());
        Path part = Files.createTempFile(file.getParent(), sha256, ".part");
        try {
            Files.write(part, data);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        return data;
    }
}
