package dev.judge.problems.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** A zip's entries; a symbolic link is an entry with unix mode 0120000 whose content is the target. */
final class ZipSource implements PackageSource {

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> byName = new HashMap<>();

    ZipSource(Path file) throws IOException {
        this.zip = ZipFile.builder().setPath(file).get();
    }

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
            Kind kind = entry.isUnixSymlink() ? Kind.SYMLINK : entry.isDirectory() ? Kind.DIRECTORY : Kind.FILE;
            entries.add(new Entry(entry.getName(), kind));
            byName.putIfAbsent(entry.getName(), entry);
        }
        return entries;
    }

    @Override
    public InputStream open(String name) throws IOException {
        ZipArchiveEntry entry = byName.get(name);
        if (entry == null) {
            return new ByteArrayInputStream(new byte[0]);
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
