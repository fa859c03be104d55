package dev.judge.api.judge0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.model.Submission;
import dev.judge.model.SubmissionValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Judge0's additional_files: a base64 zip of files at its top level, bounded in count and unpacked size. */
class AdditionalFilesTest {

    /** A zip of these entries, in order; a name ending in / is a folder. */
    private static String zip(Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static String zip(String name, String content) {
        return zip(Map.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFilesComeOutWithTheirNamesAndExactBytes() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("run", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8));
        entries.put("data.bin", new byte[] {(byte) 0xff, 0, 1});
        var files = AdditionalFiles.read(zip(entries));
        assertThat(files).extracting(Submission.SourceFile::name).containsExactly("run", "data.bin");
        assertThat(files.get(0).bytes()).isEqualTo("#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8));
        assertThat(files.get(1).bytes()).containsExactly(0xff, 0x00, 0x01);
    }

    @Test
    void base64WrappedOverLinesIsAccepted() throws Exception {
        String wrapped = zip("a.txt", "x").replaceAll("(.{20})", "$1\r\n");
        assertThat(AdditionalFiles.read(wrapped)).extracting(Submission.SourceFile::name).containsExactly("a.txt");
    }

    @Test
    void foldersAreRefusedByName() {
        assertThatThrownBy(() -> AdditionalFiles.read(zip(Map.of("lib/", new byte[0]))))
                .isInstanceOf(AdditionalFiles.InvalidArchiveException.class)
                .hasMessage("holds the folder 'lib/': only files at the archive's top level are taken");
        assertThatThrownBy(() -> AdditionalFiles.read(zip("lib/util.py", "x")))
                .hasMessage("holds 'lib/util.py' in a folder: only files at the archive's top level are taken");
        assertThatThrownBy(() -> AdditionalFiles.read(zip("lib\\util.py", "x")))
                .hasMessageContaining("in a folder");
    }

    @Test
    void atMostSixtyFourFiles() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < AdditionalFiles.MAX_FILES; i++) {
            entries.put("f" + i, new byte[] {'x'});
        }
        assertThat(AdditionalFiles.read(zip(entries))).hasSize(64);
        entries.put("one-more", new byte[] {'x'});
        assertThatThrownBy(() -> AdditionalFiles.read(zip(entries))).hasMessage("holds more than 64 files");
    }

    @Test
    void atMostTheSourceLimitUnpackedInAllHoweverWellItCompresses() throws Exception {
        int limit = SubmissionValidator.MAX_SOURCE_BYTES;
        assertThat(AdditionalFiles.read(zip(Map.of("exact", new byte[limit])))).hasSize(1);
        assertThatThrownBy(() -> AdditionalFiles.read(zip(Map.of("big", new byte[limit + 1]))))
                .hasMessage("unpacks to more than 256 KiB");
        Map<String, byte[]> halves = new LinkedHashMap<>();
        halves.put("a", new byte[limit / 2]);
        halves.put("b", new byte[limit / 2 + 1]);
        assertThatThrownBy(() -> AdditionalFiles.read(zip(halves))).hasMessage("unpacks to more than 256 KiB");
    }

    @Test
    void eachNameOnce() {
        // ZipOutputStream refuses a duplicate entry, so the archive is written by hand: two zips' entries joined.
        byte[] one = Base64.getDecoder().decode(zip("same.txt", "1"));
        String twice = Base64.getEncoder().encodeToString(localEntries(one, 2));
        assertThatThrownBy(() -> AdditionalFiles.read(twice)).hasMessage("holds 'same.txt' twice");
    }

    /** The local file entries of a one-entry zip, repeated: a stream ZipInputStream reads entry by entry. */
    private static byte[] localEntries(byte[] zip, int times) {
        int central = indexOf(zip, new byte[] {'P', 'K', 1, 2});
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < times; i++) {
            out.write(zip, 0, central);
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    @Test
    void notBase64IsRefused() {
        assertThatThrownBy(() -> AdditionalFiles.read("%%% not base64 %%%")).hasMessage("is not valid base64");
    }

    @Test
    void notAZipOrAnEmptyZipIsRefused() {
        String text = Base64.getEncoder().encodeToString("just some text".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AdditionalFiles.read(text)).hasMessage("is not a zip archive with at least one file");
        assertThatThrownBy(() -> AdditionalFiles.read(zip(Map.of()))).hasMessage("is not a zip archive with at least one file");
        assertThatThrownBy(() -> AdditionalFiles.read("")).hasMessage("is not a zip archive with at least one file");
    }
}
