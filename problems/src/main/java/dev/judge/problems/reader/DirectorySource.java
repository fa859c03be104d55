package dev.judge.problems.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A directory's entries, walked without following links; a link's target is read, never followed. */
final class DirectorySource implements PackageSource {

    private final Path root;
    private final int maxEntries;

    DirectorySource(Path root, int maxEntries) {
        this.root = root;
        this.maxEntries = maxEntries;
    }

    @Override
    public List<Entry> entries() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root)).limit(maxEntries + 1L).map(this::entry).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Entry entry(Path path) {
        String name = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
        if (Files.isSymbolicLink(path)) {
            return new Entry(name, Kind.SYMLINK);
        }
        return new Entry(name, Files.isDirectory(path) ? Kind.DIRECTORY : Kind.FILE);
    }

    @Override
    public InputStream open(String name) throws IOException {
        Path path = root.resolve(name);
        if (Files.isSymbolicLink(path)) {
            return new ByteArrayInputStream(Files.readSymbolicLink(path).toString().getBytes(StandardCharsets.UTF_8));
        }
        return Files.newInputStream(path);
    }

    @Override
    public void close() {
    }
}
