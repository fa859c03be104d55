package dev.judge.problems.reader;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** A package's raw entries, listed without being read: a zip's or a directory's. */
interface PackageSource extends Closeable {

    /** An entry as the source names it, {@code /}-separated. */
    record Entry(String name, Kind kind) {
    }

    enum Kind { FILE, DIRECTORY, SYMLINK }

    /** Every entry, in the source's order; stops with an issue past the file limit. */
    List<Entry> entries() throws IOException;

    /** The bytes of a file entry, or a symlink entry's target path. */
    InputStream open(String name) throws IOException;
}
