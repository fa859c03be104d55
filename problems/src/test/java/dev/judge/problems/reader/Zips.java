package dev.judge.problems.reader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Zips made on the fly: a test package directory, or hand-made entries for the hostile cases. */
final class Zips {

    static final Path PACKAGES = Path.of("src/test/resources/packages");

    private Zips() {
    }

    /** The package directory zipped, its files under {@code top/} when a top folder is given. */
    static Path zip(String packageName, String top, Path into) throws IOException {
        Path source = PACKAGES.resolve(packageName);
        Path zip = into.resolve(packageName + ".zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip); Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = source.relativize(file).toString().replace('\\', '/');
                out.putArchiveEntry(new ZipArchiveEntry(top == null ? name : top + "/" + name));
                Files.copy(file, out);
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** An entry of a hand-made zip: a file, or a symbolic link when {@code linkTo} is set. */
    record Entry(String name, byte[] content, String linkTo) {
        static Entry file(String name, String content) {
            return new Entry(name, content.getBytes(StandardCharsets.UTF_8), null);
        }

        static Entry link(String name, String target) {
            return new Entry(name, null, target);
        }
    }

    static Path zip(Path into, List<Entry> entries) throws IOException {
        Path zip = Files.createTempFile(into, "hand", ".zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            for (Entry entry : entries) {
                ZipArchiveEntry e = new ZipArchiveEntry(entry.name());
                if (entry.linkTo() != null) {
                    e.setUnixMode(0120777);
                }
                out.putArchiveEntry(e);
                out.write(entry.linkTo() != null ? entry.linkTo().getBytes(StandardCharsets.UTF_8) : entry.content());
                out.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** Writes {@code size} zero bytes as one entry: a few KiB compressed. */
    static Path bomb(Path into, long size) throws IOException {
        Path zip = into.resolve("bomb.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip)) {
            out.putArchiveEntry(new ZipArchiveEntry("problem.yaml"));
            out.write("name: Bomb\n".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            out.putArchiveEntry(new ZipArchiveEntry("data/secret/1.ans"));
            out.write("0\n".getBytes(StandardCharsets.UTF_8));
            out.closeArchiveEntry();
            out.putArchiveEntry(new ZipArchiveEntry("data/secret/1.in"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        }
        return zip;
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
