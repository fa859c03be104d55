package dev.judge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * File operations on a box's directory that a hostile program cannot turn against the host:
 * files go in only as new files, never through links; files come out only if they are regular
 * files (no symlinks, FIFOs or devices), and only up to a cap.
 */
final class BoxFiles {

    private BoxFiles() {
    }

    static Path resolve(Path boxDir, String name) {
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..") || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        return boxDir.resolve(name);
    }

    static void write(Path boxDir, String name, byte[] data, boolean executable) throws IOException {
        Path file = resolve(boxDir, name);
        Files.write(file, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    /** The file's first {@code cap} bytes and its size, if it is a regular file. */
    static Optional<Capture> read(Path boxDir, String name, int cap) throws IOException {
        Path file = resolve(boxDir, name);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        }
        if (!attrs.isRegularFile()) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new Capture(in.readNBytes(cap), attrs.size()));
        }
    }

    static void delete(Path boxDir, String name) throws IOException {
        Files.deleteIfExists(resolve(boxDir, name));
    }

    /** Removes everything in the box; links are removed, never followed. */
    static void wipe(Path boxDir) throws IOException {
        Files.walkFileTree(boxDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(boxDir)) {
                    // A directory the program made unreadable is still ours to remove.
                    dir.toFile().setReadable(true, true);
                    dir.toFile().setExecutable(true, true);
                    dir.toFile().setWritable(true, true);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (!dir.equals(boxDir)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Bytes read back from a box, and the file's full size. */
    record Capture(byte[] bytes, long size) {
    }
}
