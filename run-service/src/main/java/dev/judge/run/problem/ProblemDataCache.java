package dev.judge.run.problem;

import dev.judge.model.TestCaseScheduled;
import dev.judge.problems.ContentRef;
import dev.judge.state.ProblemDataStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Problems' test data on this host, by content digest: read from the store once, then from a file
 * of this host's cache directory, so a host judging the same problem again reads nothing from Redis.
 * Files are written under a temporary name and moved into place, so a reader never sees half of one.
 * The directory holds at most {@code maxBytes}: above it, the files least recently used (a file's
 * modification time, refreshed when it is read and older than a minute) are removed until it holds
 * 90 % of that; a file removed while a test reads it is read from the store instead.
 */
public final class ProblemDataCache {

    private static final Logger log = LoggerFactory.getLogger(ProblemDataCache.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** A file read is marked used again only when its mark is older than this: one write per minute at most. */
    private static final long MARK_AFTER_MS = 60_000;

    private final ProblemDataStore store;
    private final Path directory;
    private final long maxBytes;
    private final AtomicLong bytes = new AtomicLong();

    /** @param maxBytes how much test data this host keeps at most */
    public ProblemDataCache(ProblemDataStore store, Path directory, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("judge.run.problem-data-max-bytes must be positive, not " + maxBytes);
        }
        this.store = store;
        this.directory = directory;
        this.maxBytes = maxBytes;
        try {
            bytes.set(files().stream().mapToLong(Cached::size).sum());
        } catch (IOException e) {
            log.warn("Problem data cache {} could not be measured ({}); counting from zero", directory, e.getMessage());
        }
    }

    /** A test case's input. */
    public byte[] input(TestCaseScheduled.ProblemTest test) throws IOException {
        return get(test.inputSha256(), test.inputBytes());
    }

    /** A test case's answer, for the output validator. */
    public byte[] answer(TestCaseScheduled.ProblemTest test) throws IOException {
        return get(test.answerSha256(), test.answerBytes());
    }

    /** What the cache holds now, by its own count. */
    long bytes() {
        return bytes.get();
    }

    byte[] get(String sha256, long size) throws IOException {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IOException("not a test data digest: " + sha256);
        }
        Path file = directory.resolve(sha256.substring(0, 2)).resolve(sha256);
        try {
            BasicFileAttributes found = Files.readAttributes(file, BasicFileAttributes.class);
            if (found.isRegularFile() && found.size() == size) {
                byte[] data = Files.readAllBytes(file);
                long now = System.currentTimeMillis();
                if (now - found.lastModifiedTime().toMillis() > MARK_AFTER_MS) {
                    Files.setLastModifiedTime(file, FileTime.fromMillis(now));
                }
                return data;
            }
        } catch (NoSuchFileException e) {
            // Not here yet, or removed to make room (even while being read): the store has it.
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
        if (bytes.addAndGet(data.length) > maxBytes) {
            trim();
        }
        return data;
    }

    /** Removes the least recently used files until the cache holds 90 % of its maximum; recounts it. */
    private synchronized void trim() throws IOException {
        List<Cached> all = files();
        long total = all.stream().mapToLong(Cached::size).sum();
        if (total <= maxBytes) {
            bytes.set(total);
            return;
        }
        long target = maxBytes / 10 * 9;
        int removed = 0;
        all.sort(Comparator.comparing(Cached::used));
        for (Cached c : all) {
            if (total <= target) {
                break;
            }
            if (Files.deleteIfExists(c.path())) {
                total -= c.size();
                removed++;
            }
        }
        bytes.set(total);
        log.info("Problem data cache {} was over {} bytes: removed the {} files least recently used, {} bytes left",
                directory, maxBytes, removed, total);
    }

    private record Cached(Path path, long size, FileTime used) {
    }

    /** Every cached file (two levels: {@code ab/abcd...}); none when the directory does not exist yet. */
    private List<Cached> files() throws IOException {
        List<Cached> found = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (Stream<Path> paths = Files.find(directory, 2, (p, a) -> a.isRegularFile()
                && SHA256.matcher(p.getFileName().toString()).matches())) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    found.add(new Cached(p, a.size(), a.lastModifiedTime()));
                } catch (NoSuchFileException e) {
                    // removed meanwhile
                }
            }
        }
        return found;
    }
}
