package dev.judge.problems.reader;

import dev.judge.problems.ContentRef;
import dev.judge.problems.InvalidPackageException;
import dev.judge.problems.TestDataSink;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the package's files: streams each into the sink once (a file reached through several links is
 * stored once), counted against the budget, keeping only the first bytes for a look at the head of a
 * source. Small files (YAML, {@code .timelimit}) are read into memory up to a bound.
 */
final class PackageFiles {

    /** What was stored, and the file's first bytes. */
    record Stored(ContentRef ref, byte[] head) {
    }

    static final int HEAD_BYTES = 64 * 1024;

    private final PackageSource source;
    private final PackageIndex index;
    private final Budget budget;
    private final TestDataSink sink;
    private final Issues issues;
    private final Map<String, Stored> stored = new HashMap<>();

    PackageFiles(PackageSource source, PackageIndex index, Budget budget, TestDataSink sink, Issues issues) {
        this.source = source;
        this.index = index;
        this.budget = budget;
        this.sink = sink;
        this.issues = issues;
    }

    PackageIndex index() {
        return index;
    }

    Issues issues() {
        return issues;
    }

    /** Streams the file into the sink. */
    Stored store(String path) throws InvalidPackageException {
        String entry = index.source(path);
        Stored known = stored.get(entry);
        if (known != null) {
            return known;
        }
        try (InputStream in = budget.count(source.open(entry))) {
            Head head = new Head(in);
            ContentRef ref = sink.store(head);
            head.transferTo(OutputStreamNull.INSTANCE);
            Stored result = new Stored(ref, head.bytes());
            stored.put(entry, result);
            return result;
        } catch (Budget.Exceeded e) {
            throw issues.fatal(path, e.getMessage());
        } catch (IOException e) {
            throw issues.fatal(path, "cannot be read: " + e.getMessage());
        }
    }

    /** The whole file, or null (with an issue) when it is larger than {@code maxBytes}. */
    byte[] readSmall(String path, int maxBytes) throws InvalidPackageException {
        try (InputStream in = budget.count(source.open(index.source(path)))) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                issues.add(path, "larger than " + maxBytes + " bytes");
                return null;
            }
            return bytes;
        } catch (Budget.Exceeded e) {
            throw issues.fatal(path, e.getMessage());
        } catch (IOException e) {
            throw issues.fatal(path, "cannot be read: " + e.getMessage());
        }
    }

    /** Passes the bytes through, keeping the first {@link #HEAD_BYTES}. */
    private static final class Head extends FilterInputStream {

        private final ByteArrayOutputStream head = new ByteArrayOutputStream();

        Head(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && head.size() < HEAD_BYTES) {
                head.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0 && head.size() < HEAD_BYTES) {
                head.write(buffer, offset, Math.min(n, HEAD_BYTES - head.size()));
            }
            return n;
        }

        @Override
        public void close() {
        }

        byte[] bytes() {
            return Arrays.copyOf(head.toByteArray(), head.size());
        }
    }

    /** Drains whatever a sink left unread, so the whole file is counted. */
    private static final class OutputStreamNull extends java.io.OutputStream {
        static final OutputStreamNull INSTANCE = new OutputStreamNull();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
