package dev.judge.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The test problem packages under {@code src/test/resources/problems/}, zipped as a client uploads them. */
final class ProblemPackages {

    static final Path ROOT = Path.of("src/test/resources/problems");

    private ProblemPackages() {
    }

    /** The package's files in a zip, under a single top folder named after it. */
    static byte[] zip(String name) {
        return zip(name, java.util.Map.of());
    }

    /** The package's files and {@code more} (text by path in the package) in a zip, under a single top folder. */
    static byte[] zip(String name, java.util.Map<String, String> more) {
        Path dir = ROOT.resolve(name);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(name + "/" + dir.relativize(p).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(p));
                zip.closeEntry();
            }
            for (var e : new java.util.TreeMap<>(more).entrySet()) {
                zip.putNextEntry(new ZipEntry(name + "/" + e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The source of an example submission of the package. */
    static String source(String name, String path) {
        try {
            return Files.readString(ROOT.resolve(name).resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> names() {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
