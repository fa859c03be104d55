package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher's own life, from the second security review: how it may be started (never
 * setuid), what happens to the box when it is killed or stopped, its meta file, its
 * configuration, directory rules and working directory, and CPU limits without cgroups.
 * judgebox only.
 */
class LauncherLifecycleIT {

    private static final Duration GONE = Duration.ofSeconds(10);

    private final LauncherCli cli = new LauncherCli(TestSandbox.FIRST_TEST_BOX + 92);
    private Path box;
    private Path scratch;

    @BeforeEach
    void init() throws IOException {
        assumeTrue(TestSandbox.isOurs(), "judgebox's own behaviour");
        cli.invoke("--cleanup");
        box = cli.boxDir();
        scratch = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "lifecycle-");
    }

    @AfterEach
    void cleanup() {
        if (TestSandbox.isOurs()) {
            cli.invoke("--cleanup");
        }
    }

    /** Starts a --run of a shell script and returns the launcher's process. */
    private Process startRun(List<String> options, String script) throws IOException {
        List<String> args = new ArrayList<>(options);
        args.addAll(List.of("--processes=8", "--env=PATH=/usr/bin:/bin", "--meta=" + cli.meta, "--run", "--",
                "/bin/sh", "-c", script));
        return new ProcessBuilder(cli.command(TestSandbox.binary().toString(), args.toArray(String[]::new)))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(scratch.resolve("stdout").toFile())
                .redirectError(scratch.resolve("stderr").toFile())
                .start();
    }

    private void awaitBoxRunning() {
        await().atMost(GONE).until(() -> !HostState.boxProcesses().isEmpty());
    }

    private void assertTheBoxIsFreeAgain() {
        await().atMost(GONE).until(() -> HostState.boxProcesses().isEmpty());
        LauncherCli.Invocation next = cli.run(List.of(), "/bin/true");
        assertThat(next.exitCode()).as(next.stderr()).isZero();
    }

    @Test
    void aLauncherKilledWithSigkillTakesTheBoxWithIt() throws Exception {
        Process launcher = startRun(List.of("--wall-time=60"), "sleep 50 & sleep 50");
        awaitBoxRunning();
        launcher.destroyForcibly();
        launcher.waitFor();
        assertTheBoxIsFreeAgain();
    }

    @Test
    void aLauncherStoppedWithSigtermKillsTheBoxAndWritesTheMetaFile() throws Exception {
        Process launcher = startRun(List.of("--wall-time=60"), "sleep 50");
        awaitBoxRunning();
        launcher.destroy();   // SIGTERM
        assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(2);
        assertThat(cli.meta().status()).isEqualTo("XX");
        assertThat(cli.meta().values().get("message")).contains("signal 15");
        assertTheBoxIsFreeAgain();
    }

    @Test
    void cleanupKillsWhatADeadLauncherLeftInTheBoxsCgroup() throws Exception {
        // A host process (trusted: /bin/sleep) put into the box's memory cgroup stands for a leftover.
        Path procs = Path.of("/sys/fs/cgroup/memory/judgebox/box-" + cli.boxId + "/cgroup.procs");
        assumeTrue(Files.exists(procs), "cgroup v1 memory controller");
        Process leftover = new ProcessBuilder("/bin/sleep", "300").start();
        Files.writeString(procs, String.valueOf(leftover.pid()));
        LauncherCli.Invocation r = cli.invoke("--cleanup");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(leftover.waitFor(10, TimeUnit.SECONDS)).as("the leftover was killed").isTrue();
    }

    @Test
    void aSetuidInstallIsRefusedBeforeAnythingIsOpened() throws Exception {
        Path copy = scratch.resolve("judgebox-setuid");
        Files.copy(TestSandbox.binary(), copy);
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        new ProcessBuilder("chmod", "4755", copy.toString()).start().waitFor();
        Path meta = scratch.resolve("meta-by-nobody");
        LauncherCli.Invocation r = cli.invokeAs(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"),
                copy.toString(), "--meta=" + meta, "--run", "--", "/bin/true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("must be run by root");
        assertThat(meta).doesNotExist();
    }

    @Test
    void aFifoAsTheMetaFileIsRefusedAtOnce() throws Exception {
        Path fifo = scratch.resolve("meta.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Process launcher = new ProcessBuilder(cli.command(TestSandbox.binary().toString(), "--meta=" + fifo, "--run", "--",
                "/bin/true")).redirectErrorStream(true).redirectOutput(scratch.resolve("out").toFile()).start();
        boolean ended = launcher.waitFor(10, TimeUnit.SECONDS);
        if (!ended) {
            launcher.destroyForcibly();
        }
        assertThat(ended).as("the launcher returned").isTrue();
        assertThat(launcher.exitValue()).isEqualTo(2);
        assertThat(Files.readString(scratch.resolve("out"))).contains("meta file");
    }

    @Test
    void aFifoWithAReaderAsTheMetaFileIsRefusedToo() throws Exception {
        Path fifo = scratch.resolve("meta.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        // Opened read-write, a FIFO does not block on Linux: we are its reader.
        try (java.io.RandomAccessFile reader = new java.io.RandomAccessFile(fifo.toFile(), "rw")) {
            LauncherCli.Invocation r = cli.invoke("--meta=" + fifo, "--run", "--", "/bin/true");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.stderr()).contains("not a regular file");
        }
    }

    @Test
    void aMetaFileThatCannotBeWrittenWholeIsAFailure() throws Exception {
        Path full = scratch.resolve("full");
        Files.createDirectory(full);
        assertThat(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4k", "tmpfs", full.toString()).start().waitFor())
                .isZero();
        try {
            Files.write(full.resolve("filler"), new byte[4096]);
            LauncherCli.Invocation r = cli.invoke("--meta=" + full.resolve("meta"), "--run", "--", "/bin/true");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.stderr()).contains("meta file");
        } finally {
            new ProcessBuilder("umount", full.toString()).start().waitFor();
        }
    }

    @Test
    void unknownConfigurationKeysAreRefusedByName() throws IOException {
        Path config = scratch.resolve("judgebox.conf");
        Files.writeString(config, "num_boxes = 1000\nbox3.cpus = 0-1\n");
        LauncherCli.Invocation r = cli.invoke("--config=" + config, "--run", "--", "/bin/true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("unknown key 'box3.cpus'");
    }

    @Test
    void directoryRulesBelowWhatTheProgramCanWriteAreRefused() {
        for (String rule : List.of("/box/sub=/usr/share", "/tmp/sub=/usr/share", "/proc/sub=/usr/share")) {
            LauncherCli.Invocation r = cli.run(List.of("--dir=" + rule), "/bin/true");
            assertThat(r.exitCode()).as(rule).isEqualTo(2);
            assertThat(r.stderr()).as(rule).contains("which the program can write");
        }
        assertThat(box.resolve("sub")).doesNotExist();
    }

    @Test
    void theWorkingDirectoryIsEnteredAsTheBoxUser() throws IOException {
        // A link the box planted, to a place only root may enter (the init process's cwd).
        Files.createSymbolicLink(box.resolve("link"), Path.of("/proc/1/cwd"));
        LauncherCli.Invocation r = cli.run(List.of("--chdir=/box/link"), "/bin/true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(cli.meta().values().get("message")).contains("Cannot change directory");
    }

    @Test
    void withoutCgroupsASpinnerStillTimesOut() {
        LauncherCli plain = new LauncherCli(TestSandbox.FIRST_TEST_BOX + 93, false);
        plain.invoke("--cleanup");
        plain.invoke("--init");
        try {
            plain.sh(List.of("--time=1", "--wall-time=10"), "while :; do :; done");
            assertThat(plain.meta().status()).isEqualTo("TO");
            assertThat(Double.parseDouble(plain.meta().values().get("time"))).isGreaterThanOrEqualTo(1.0);
        } finally {
            plain.invoke("--cleanup");
        }
    }

    @Test
    void theCpuTimeOfAnOrphanCountsWithAndWithoutCgroups() throws IOException {
        Files.writeString(box.resolve("orphan.c"), HostileProgramsIT.source("orphan_cpu.c"));
        LauncherCli.Invocation compiled = cli.sh(List.of("--time=20", "--wall-time=60"), "gcc -O2 -o orphan orphan.c");
        assertThat(compiled.exitCode()).as(compiled.stderr()).isZero();
        // No option (cgroups by default) and --no-cg (the init process reaps and counts the orphan).
        LauncherCli plain = new LauncherCli(cli.boxId, null);
        for (List<String> options : List.of(List.<String>of(), List.of("--no-cg"))) {
            plain.run(concat(options, "--time=10", "--wall-time=20", "--processes=4"), "/box/orphan");
            assertThat(plain.meta().status()).as("%s: %s", options, plain.meta().values()).isNull();
            assertThat(Double.parseDouble(plain.meta().values().get("time"))).as("CPU time with %s", options)
                    .isGreaterThanOrEqualTo(0.6);
        }
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
