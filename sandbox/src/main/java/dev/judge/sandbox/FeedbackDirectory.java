package dev.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An output validator's feedback directory: {@code /box/feedback} in the validator's box, owned by
 * its box user like the box itself and empty when the run starts. It is read only after the run,
 * when every process of the box is dead, and only as the box's other files are: regular files
 * directly in it (no links, FIFOs or devices; a {@code feedback} that is no longer a directory gives
 * nothing), at most {@link #MAX_FILES} of them in name order, each cut to {@link #CAPTURE_BYTES}.
 */
final class FeedbackDirectory {

    static final int MAX_FILES = 16;
    static final int CAPTURE_BYTES = 64 * 1024;
    private static final String NAME = "feedback";

    private FeedbackDirectory() {
    }

    /** An empty feedback directory in the box, owned by its box user. */
    static Path prepare(Path box) throws IOException {
        return prepare(box, Map.of());
    }

    /**
     * A feedback directory in the box, owned by its box user, holding only {@code files} (what the
     * validator left in an earlier pass of a multi-pass test), each owned by the box user too.
     */
    static Path prepare(Path box, Map<String, byte[]> files) throws IOException {
        Path dir = box.resolve(NAME);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                BoxFiles.wipe(dir);
            }
            Files.delete(dir);
        }
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setAttribute(dir, "unix:uid", Files.getAttribute(box, "unix:uid", LinkOption.NOFOLLOW_LINKS));
        Files.setAttribute(dir, "unix:gid", Files.getAttribute(box, "unix:gid", LinkOption.NOFOLLOW_LINKS));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            BoxFiles.write(dir, f.getKey(), f.getValue(), false);
            Path file = dir.resolve(f.getKey());
            Files.setAttribute(file, "unix:uid", Files.getAttribute(box, "unix:uid", LinkOption.NOFOLLOW_LINKS), LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(file, "unix:gid", Files.getAttribute(box, "unix:gid", LinkOption.NOFOLLOW_LINKS), LinkOption.NOFOLLOW_LINKS);
        }
        return dir;
    }

    /** The files the validator left, by name. */
    static Map<String, byte[]> read(Path box) throws IOException {
        Path dir = box.resolve(NAME);
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        List<String> names;
        try (var entries = Files.list(dir)) {
            names = entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().limit(MAX_FILES).toList();
        }
        for (String name : names) {
            BoxFiles.read(dir, name, CAPTURE_BYTES).ifPresent(c -> files.put(name, c.bytes()));
        }
        return files;
    }
}
