package dev.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the services keep on the host for their own in-box programs (archives, headers, exchanges). */
public final class HostFiles {

    private HostFiles() {
    }

    /** Removes a directory and everything below it, if it exists; links are removed, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        BoxFiles.wipe(root);
        Files.delete(root);
    }
}
