package dev.judge.api.judge0;

import dev.judge.model.Submission;
import dev.judge.model.SubmissionValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Judge0's {@code additional_files}: a base64 zip whose files are put next to the source before
 * compiling. Checked as any archive from a client is: files only at the top level (folders are
 * refused by name), at most {@link #MAX_FILES} of them and {@link SubmissionValidator#MAX_SOURCE_BYTES}
 * unpacked in all, however the zip says it is compressed; each name once.
 */
final class AdditionalFiles {

    static final int MAX_FILES = SubmissionValidator.MAX_FILES;

    private AdditionalFiles() {
    }

    /** Why the archive was refused. */
    static final class InvalidArchiveException extends Exception {
        InvalidArchiveException(String message) {
            super(message);
        }
    }

    static List<Submission.SourceFile> read(String base64) throws InvalidArchiveException {
        byte[] zip;
        try {
            zip = Base64.getDecoder().decode(base64.replaceAll("[\\r\\n]", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidArchiveException("is not valid base64");
        }
        List<Submission.SourceFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (e.isDirectory()) {
                    throw new InvalidArchiveException("holds the folder '" + name + "': only files at the archive's top level are taken");
                }
                if (name.contains("/") || name.contains("\\")) {
                    throw new InvalidArchiveException("holds '" + name + "' in a folder: only files at the archive's top level are taken");
                }
                if (!names.add(name)) {
                    throw new InvalidArchiveException("holds '" + name + "' twice");
                }
                if (files.size() == MAX_FILES) {
                    throw new InvalidArchiveException("holds more than " + MAX_FILES + " files");
                }
                byte[] content = readBounded(in, SubmissionValidator.MAX_SOURCE_BYTES - total);
                if (content == null) {
                    throw new InvalidArchiveException("unpacks to more than " + SubmissionValidator.MAX_SOURCE_BYTES / 1024 + " KiB");
                }
                total += content.length;
                files.add(new Submission.SourceFile(name, null, Base64.getEncoder().encodeToString(content)));
            }
        } catch (IOException e) {
            throw new InvalidArchiveException("is not a readable zip archive (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new InvalidArchiveException("is not a zip archive with at least one file");
        }
        return files;
    }

    /** The entry's bytes, or null when it has more than {@code room}. */
    private static byte[] readBounded(InputStream in, long room) throws IOException {
        byte[] content = in.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, room)));
        return in.read() == -1 ? content : null;
    }
}
