package dev.judge.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small ext4 file system of a test's own, in an image file loop-mounted on a temporary
 * directory (root only), that the test fills until the kernel refuses (ENOSPC) and frees again;
 * unmounted and deleted at the end.
 */
final class LoopDisk implements AutoCloseable {

    private final Path dir;
    private final Path mount;

    private LoopDisk(Path dir) {
        this.dir = dir;
        this.mount = dir.resolve("mnt");
    }

    /** Makes and mounts a file system of {@code mebibytes} MiB. */
    static LoopDisk mount(int mebibytes) {
        try {
            LoopDisk disk = new LoopDisk(Files.createTempDirectory("judge-loop-disk-"));
            Path image = disk.dir.resolve("image");
            run("truncate", "-s", mebibytes + "M", image.toString());
            run("mkfs.ext4", "-q", "-F", image.toString());
            Files.createDirectory(disk.mount);
            run("mount", "-o", "loop", image.toString(), disk.mount.toString());
            return disk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + List.of(command), e);
        }
    }

    /** Where it is mounted. */
    Path path() {
        return mount;
    }

    /**
     * Writes until no block is left (as root, the reserved blocks too): one large file, then, after
     * each sync has given back what the file system held in reserve for delayed allocation, small
     * files until not one more block can be had. Returns the bytes written.
     */
    long fill() throws IOException {
        long written = write(mount.resolve("filler"), 1 << 16);
        for (int round = 0; ; round++) {
            run("sync", "-f", mount.toString());
            long more = write(mount.resolve("filler-" + round), 1 << 10);
            written += more;
            if (more == 0) {
                return written;
            }
        }
    }

    private static long write(Path file, int chunk) throws IOException {
        byte[] block = new byte[chunk];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                written += block.length;
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        return written;
    }

    /** Deletes what {@link #fill} wrote. */
    void free() throws IOException {
        try (var files = Files.list(mount)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("filler")).toList()) {
                Files.delete(f);
            }
        }
    }

    @Override
    public void close() {
        try {
            run("umount", "-l", mount.toString());
            run("rm", "-rf", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
