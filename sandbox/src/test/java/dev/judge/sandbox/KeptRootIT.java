package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * judgebox keeps a box's root between runs (keptroot.c): every run must still see exactly its
 * own rules and the host as it is now, and nothing of the kept root may outlive the box.
 */
class KeptRootIT {

    private final LauncherCli cli = new LauncherCli(TestSandbox.FIRST_TEST_BOX + 66);
    private Path boxDir;
    private Path scratch;

    @BeforeEach
    void init() throws IOException {
        assumeTrue(TestSandbox.isOurs(), "judgebox's kept root");
        cli.invoke("--cleanup");
        boxDir = cli.boxDir().getParent();
        scratch = Files.createTempDirectory("judge-kept-");
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void cleanup() throws IOException {
        if (TestSandbox.isOurs()) {
            cli.invoke("--cleanup");
            HostFiles.deleteTree(scratch);
        }
    }

    private Path hostDir(String name, String content) throws IOException {
        Path dir = Files.createDirectories(scratch.resolve(name));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("f.txt"), content);
        Files.setPosixFilePermissions(dir.resolve("f.txt"), PosixFilePermissions.fromString("rw-r--r--"));
        return dir;
    }

    private String output(List<String> options, String script) throws IOException {
        List<String> all = new java.util.ArrayList<>(options);
        all.add("--stdout=out.txt");
        LauncherCli.Invocation run = cli.sh(all, script);
        assertThat(run.exitCode()).as(run.stderr()).isIn(0, 1);
        return Files.readString(boxDir.resolve("box/out.txt")).trim();
    }

    @Test
    void eachRunSeesItsOwnDirectoryRules() throws IOException {
        Path a = hostDir("a", "from a");
        Path b = hostDir("b", "from b");
        assertThat(output(List.of("--dir=/data=" + a), "cat /data/f.txt")).isEqualTo("from a");
        assertThat(output(List.of("--dir=/data=" + b), "cat /data/f.txt")).isEqualTo("from b");
        assertThat(output(List.of(), "test -e /data && echo present || echo absent")).isEqualTo("absent");
        assertThat(output(List.of("--dir=/data=" + a), "cat /data/f.txt")).isEqualTo("from a");
    }

    @Test
    void aHostDirectoryReplacedBetweenRunsIsSeenAsItIsNow() throws IOException {
        Path dir = hostDir("data", "first");
        assertThat(output(List.of("--dir=/data=" + dir), "cat /data/f.txt")).isEqualTo("first");
        // Changed in place: a bind shows it anyway.
        Files.writeString(dir.resolve("f.txt"), "changed");
        assertThat(output(List.of("--dir=/data=" + dir), "cat /data/f.txt")).isEqualTo("changed");
        // Deleted and made again under the same name (as a rebuilt cache directory is): a root
        // kept from before would still show the deleted directory.
        HostFiles.deleteTree(dir);
        hostDir("data", "second");
        assertThat(output(List.of("--dir=/data=" + dir), "cat /data/f.txt")).isEqualTo("second");
    }

    @Test
    void whatARunMountsOrWritesOutsideTheBoxIsGoneForTheNext() throws IOException {
        assertThat(output(List.of(), "echo t > /tmp/t; echo s > /dev/shm/s; echo r > /r 2>/dev/null || echo refused"))
                .isEqualTo("refused");
        assertThat(output(List.of(), "find /tmp /dev/shm -mindepth 1 | wc -l")).isEqualTo("0");
        assertThat(output(List.of(), "grep -c ' /proc ' /proc/self/mountinfo")).isEqualTo("1");
    }

    @Test
    void theKeptRootIsPartOfTheBoxAndGoesWithIt() throws IOException {
        assertThat(output(List.of(), "echo ran")).isEqualTo("ran");
        assertThat(mountsUnder(boxDir)).anyMatch(line -> line.contains(boxDir + "/mnt"));
        assertThat(cli.invoke("--cleanup").exitCode()).isZero();
        assertThat(mountsUnder(boxDir)).isEmpty();
        assertThat(boxDir).doesNotExist();
        // A new box of the same id starts from a new root: the old one bound the old /box.
        cli.boxDir();
        assertThat(output(List.of(), "echo again")).isEqualTo("again");
    }

    private static List<String> mountsUnder(Path dir) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream().filter(l -> l.contains(" " + dir + "/")).toList();
    }
}
