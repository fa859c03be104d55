package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoxFilesTest {

    @TempDir
    Path dir;

    @Test
    void onlyPlainNamesAreAccepted() {
        for (String bad : new String[] {"", ".", "..", "a/b", "../x", "/etc/passwd"}) {
            assertThatThrownBy(() -> BoxFiles.resolve(dir, bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(BoxFiles.resolve(dir, "prog")).isEqualTo(dir.resolve("prog"));
    }

    @Test
    void wipeRemovesLinksWithoutFollowingThem() throws Exception {
        Path outside = Files.createTempDirectory("judge-outside-");
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(dir.resolve("link"), outside);
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/b/c.txt"), "x");
        BoxFiles.wipe(dir);
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).isEmpty();
        }
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
    }

    @Test
    void aFifoIsNotRead() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThat(BoxFiles.read(dir, "pipe", 10)).isEmpty();
    }
}
