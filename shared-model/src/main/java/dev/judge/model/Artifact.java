package dev.judge.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A compiled program: the files to put into a box (a binary, class files, or a checked script),
 * stored compressed under a key derived from everything that determines it.
 *
 * @param files file name to content
 * @param executable names of the files to mark executable
 * @param entry the file the run starts from (the {@code {entry}} of the language's run command), or
 *     null for the language's default file name
 */
public record Artifact(Map<String, byte[]> files, List<String> executable, String entry) {

    /** An artifact started by the language's default entry point. */
    public Artifact(Map<String, byte[]> files, List<String> executable) {
        this(files, executable, null);
    }

    /** The archive entry listing the executable files (box file names never start with a dot). */
    private static final String EXECUTABLES = ".executable";
    private static final String ENTRY = ".entry";

    public Artifact {
        files = Map.copyOf(files);
        executable = List.copyOf(executable);
    }

    /** SHA-256 (hex) of language, toolchain version, flags and source: equal inputs, equal artifact. */
    public static String digest(Language language, String toolchainVersion, List<String> flags, String source) {
        return digest(language, toolchainVersion, flags, source, Map.of(), null);
    }

    /**
     * SHA-256 (hex) of everything that determines a program's artifact: language, toolchain version,
     * flags, the source, and for a program of several files each file's name and bytes and the entry.
     */
    public static String digest(Language language, String toolchainVersion, List<String> flags, String source,
            Map<String, byte[]> files, String entry) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(language.wireName(), toolchainVersion, String.join("\u0000", flags),
                    source == null ? "" : source)) {
                update(sha, part.getBytes(StandardCharsets.UTF_8));
            }
            if (!files.isEmpty() || entry != null) {
                update(sha, (entry == null ? "" : entry).getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    update(sha, f.getKey().getBytes(StandardCharsets.UTF_8));
                    update(sha, f.getValue());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /** Compressed (deflate, in a zip container). */
    public byte[] encode() {
        return encode(6);
    }

    /** In a zip container, deflated at {@code level} (0: stored as is, for a codec applied on top). */
    public byte[] encode(int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(EXECUTABLES));
            zip.write(String.join("\n", executable).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (entry != null) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                zip.write(entry.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Artifact decode(byte[] data) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                files.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt artifact", e);
        }
        byte[] list = files.remove(EXECUTABLES);
        byte[] entry = files.remove(ENTRY);
        String names = list == null ? "" : new String(list, StandardCharsets.UTF_8);
        return new Artifact(files, names.isEmpty() ? List.of() : List.of(names.split("\n")),
                entry == null ? null : new String(entry, StandardCharsets.UTF_8));
    }

    public long size() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }
}
