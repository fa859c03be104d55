package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdksTest {

    @TempDir
    Path root;

    private void jdk(String dir, String version) throws Exception {
        Path bin = Files.createDirectories(root.resolve(dir).resolve("bin"));
        Files.writeString(bin.resolve("javac"), "");
        Files.setPosixFilePermissions(bin.resolve("javac"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(root.resolve(dir).resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
    }

    @Test
    void theNewestByVersionWins() throws Exception {
        jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-25-jdk-amd64", "25.0.1");
        jdk("java-21-openjdk-amd64", "21.0.9");
        Files.createDirectories(root.resolve("no-compiler"));
        assertThat(Jdks.newestUnder(root)).contains(root.resolve("temurin-25-jdk-amd64"));
    }
}
