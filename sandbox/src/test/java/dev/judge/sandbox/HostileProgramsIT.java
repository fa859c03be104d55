package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile programs: each must end with the expected outcome, and leave the host as it was (no
 * process of a box user survives, the canary outside the box is unchanged, free disk is back).
 * The programs live in {@code src/test/resources/hostile/}; all compiling happens in the sandbox.
 */
@ExtendWith(HostUnaffected.class)
class HostileProgramsIT {

    private static final Limits SMALL = new Limits(1, 0, 3, 131_072, 0, 65_536, 1, 1_024, 64);

    static String source(String name) {
        try (InputStream in = HostileProgramsIT.class.getResourceAsStream("/hostile/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles the program in a box, then runs it there. */
    static RunResult run(String name, Limits limits, String... args) {
        return run(name, limits, null, args);
    }

    static RunResult run(String name, Limits limits, byte[] stdin, String... args) {
        try {
            return TestSandbox.pool().withBox(box -> {
                Toolchains.compile(box, name, source(name));
                return box.run(request(box, limits, stdin, args));
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static RunRequest request(Box box, Limits limits, byte[] stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add("/box/prog");
        command.addAll(List.of(args));
        RunRequest request = new RunRequest(command, limits, null, Toolchains.PATH, List.of(), false);
        if (stdin != null) {
            try {
                box.writeFile("input.txt", stdin, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            request = request.withStdin("input.txt");
        }
        return request;
    }

    @Test
    void forkBombHitsTheProcessLimit() {
        RunResult r = run("fork_bomb.c", SMALL.withProcesses(8));
        assertThat(r.outcome()).isEqualTo(Outcome.TIME_LIMIT);
    }

    @Test
    void pythonForkBombHitsTheProcessLimit() {
        RunResult r = TestSandbox.pool().withBoxUnchecked(box -> {
            Toolchains.write(box, "bomb.py", source("fork_bomb.py"));
            return box.run(Toolchains.python(SMALL.withProcesses(8), "bomb.py"));
        });
        assertThat(r.outcome()).isEqualTo(Outcome.TIME_LIMIT);
    }

    @Test
    void javaThreadBombHitsTheProcessLimit() {
        RunResult r = TestSandbox.pool().withBoxUnchecked(box -> {
            Toolchains.write(box, "ThreadBomb.java", source("ThreadBomb.java"));
            RunResult compiled = box.run(Toolchains.javac("ThreadBomb.java"));
            assertThat(compiled.outcome()).as(compiled.stderrText()).isEqualTo(Outcome.OK);
            Limits limits = new Limits(3, 0, 10, 262_144, 0, 0, 64, 1_024, 256);
            return box.run(Toolchains.java(limits, "-Xmx64m", "-cp", "/box", "ThreadBomb"));
        });
        assertThat(r.outcome()).isIn(Outcome.RUNTIME_ERROR, Outcome.SIGNALLED, Outcome.TIME_LIMIT);
    }

    @Test
    void touchingTwoGigabytesHitsTheMemoryLimit() {
        RunResult r = run("malloc_touch.c", SMALL.withCpuTime(5).withWallTime(10));
        assertThat(r.outcome()).isEqualTo(Outcome.MEMORY_LIMIT);
        assertThat(r.memoryKb()).isLessThanOrEqualTo(SMALL.memoryKb() + 1024);
    }

    @Test
    void cppVectorBombHitsTheMemoryLimit() {
        RunResult r = run("vector_bomb.cpp", SMALL.withCpuTime(5).withWallTime(10));
        assertThat(r.outcome()).isEqualTo(Outcome.MEMORY_LIMIT);
    }

    @Test
    void spinningHitsTheCpuLimit() {
        RunResult r = run("spin.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.TIME_LIMIT);
        assertThat(r.cpuTimeSec()).isGreaterThanOrEqualTo(SMALL.cpuTimeSec());
    }

    @Test
    void sleepingHitsTheWallLimit() {
        RunResult r = run("sleep.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.TIME_LIMIT);
        assertThat(r.wallTimeSec()).isGreaterThanOrEqualTo(SMALL.wallTimeSec());
    }

    @Test
    void anOutputFloodHitsTheOutputLimit() {
        RunResult r = run("flood.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.OUTPUT_LIMIT);
        assertThat(r.stdoutBytes()).isLessThanOrEqualTo(SMALL.outputKb() * 1024);
    }

    @Test
    void fillingTheBoxIsBounded() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's size-limited /box (isolate needs disk quotas)");
        assertFillIsBounded("/box");
    }

    @Test
    void fillingTmpIsBounded() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's size-limited /tmp");
        assertFillIsBounded("/tmp");
    }

    @Test
    void fillingDevShmIsBounded() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's private /dev/shm");
        assertFillIsBounded("/dev/shm");
    }

    private void assertFillIsBounded(String dir) {
        Limits limits = new Limits(10, 0, 20, 524_288, 0, 0, 1, 16_384, 64);
        RunResult r = run("fill_dir.c", limits, dir);
        assertThat(r.outcome()).isIn(Outcome.OK, Outcome.RUNTIME_ERROR, Outcome.MEMORY_LIMIT);
        if (r.outcome() != Outcome.MEMORY_LIMIT) {
            // The exit code is the MB written in units of 8 (a full /box refuses even the stdout file).
            assertThat(r.exitCode()).as("MB/8 written to %s", dir).isNotNull().isLessThanOrEqualTo(512 / 8);
        }
        if (!dir.equals("/box")) {
            // Any other directory is its own tmpfs: /box, where stdout goes, still has room for the count.
            long mb = Long.parseLong(r.stdoutText().replaceAll("\\D", ""));
            assertThat(mb).as("MB written to %s", dir).isLessThanOrEqualTo(512);
        }
    }

    @Test
    void secretsOfTheHostCannotBeRead() {
        RunResult r = run("read_secrets.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.stdoutText()).contains("/etc/shadow: denied", "/proc/1/environ: denied", "/root: denied")
                .doesNotContain("READ");
    }

    @Test
    void nothingOutsideTheBoxCanBeWritten() {
        RunResult r = run("write_outside.c", SMALL, HostUnaffected.current().canary().toString());
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.stdoutText()).contains("/pwned: refused", "/etc/passwd: refused").doesNotContain("WROTE");
    }

    @Test
    void aListenerOnTheHostsLoopbackSeesNothing() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            RunResult r = run("connect.c", SMALL, String.valueOf(listener.getLocalPort()));
            assertThat(r.stdoutText()).contains("connect failed");
            listener.setSoTimeout(200);
            boolean accepted;
            try (var ignored = listener.accept()) {
                accepted = true;
            } catch (SocketTimeoutException e) {
                accepted = false;
            }
            assertThat(accepted).as("a connection reached the host").isFalse();
        }
    }

    @Test
    void pythonCannotSnoopOrReachTheNetwork() {
        RunResult r = TestSandbox.pool().withBoxUnchecked(box -> {
            Toolchains.write(box, "snoop.py", source("snoop.py"));
            return box.run(Toolchains.python(SMALL.withCpuTime(2), "snoop.py"));
        });
        assertThat(r.stdoutText()).contains("network denied").doesNotContain("READ", "REACHED");
    }

    @Test
    void killingEverythingItCanReachKillsNothingOfTheHost() throws Exception {
        Process bystander = new ProcessBuilder("/bin/sleep", "30").start();
        try {
            RunResult r = run("kill_all.c", SMALL);
            assertThat(r.outcome()).isEqualTo(Outcome.OK);
            assertThat(bystander.isAlive()).isTrue();
        } finally {
            bystander.destroyForcibly();
        }
    }

    @Test
    void stoppingItsParentDoesNotHangTheSandbox() {
        RunResult r = run("stop_parent.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.stdoutText()).contains("done");
    }

    @Test
    void ptraceOfTheSandboxIsDenied() {
        assertThat(run("ptrace.c", SMALL).stdoutText()).contains("ptrace denied");
    }

    @Test
    void setuidIsDenied() {
        assertThat(run("setuid.c", SMALL).stdoutText()).contains("setuid denied");
    }

    @Test
    void mountIsDenied() {
        assertThat(run("mount.c", SMALL).stdoutText()).contains("mount denied");
    }

    @Test
    void aNewUserNamespaceIsDenied() {
        assertThat(run("unshare_user.c", SMALL).stdoutText()).contains("unshare denied");
    }

    @Test
    void keyringsAreDenied() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's syscall filter");
        assertThat(run("keyctl.c", SMALL).stdoutText()).contains("keys denied");
    }

    @Test
    void ioUringAndVsockAreDenied() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's syscall filter");
        assertThat(run("io_uring.c", SMALL).stdoutText()).contains("io_uring and vsock denied");
    }

    @Test
    void aSyscallOfAnotherAbiKillsTheProgram() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's syscall filter");
        RunResult r = run("foreign_abi.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.SIGNALLED);
        // SIGSYS from the filter; kernels that refuse int 0x80 entry outright (some VM guests)
        // send SIGSEGV first. Either way the call never ran.
        assertThat(r.signal()).isIn(31, 11);
        assertThat(r.stdoutText()).doesNotContain("returned");
    }

    @Test
    void aDoubleForkedDaemonDiesWithTheRun() {
        RunResult r = run("daemon.c", SMALL.withProcesses(4));
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.stdoutText()).contains("daemon started");
        // HostUnaffected checks that no process of the box user is left.
    }

    @Test
    void filesPlantedForTheNextRunAreGone() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "judgebox's private /tmp and /dev/shm per run");
        try (BoxPool single = new BoxPool(TestSandbox.settings(TestSandbox.FIRST_TEST_BOX + 60, TestSandbox.FIRST_TEST_BOX + 70, 1))) {
            RunResult planted = single.withBox(box -> {
                Toolchains.compile(box, "plant.c", source("plant.c"));
                return box.run(request(box, SMALL, null));
            });
            assertThat(planted.stdoutText()).contains("/box/planted: planted", "/tmp/planted: planted");
            RunResult found = single.withBox(box -> {
                Toolchains.compile(box, "find_planted.c", source("find_planted.c"));
                return box.run(request(box, SMALL, null));
            });
            assertThat(found.stdoutText()).contains("0 planted files found");
        }
    }

    @Test
    void procShowsOnlyTheProgramsOwnProcesses() {
        RunResult r = run("proc_snoop.c", SMALL);
        assertThat(r.stdoutText()).contains("visible processes: 1;", "init status hidden");
    }

    @Test
    void hugeArgumentsAndEnvironmentAreHarmless() {
        RunResult r = run("huge_env.c", SMALL.withMemory(524_288));
        assertThat(r.outcome()).isIn(Outcome.OK, Outcome.RUNTIME_ERROR);
    }

    @Test
    void aClosedStdoutIsHarmless() {
        RunResult r = run("closed_stdout.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void stdinLargerThanAPipeBufferIsReadWhole() {
        byte[] input = new byte[4 << 20];
        java.util.Arrays.fill(input, (byte) 'x');
        RunResult r = run("big_stdin.c", SMALL, input);
        assertThat(r.stdoutText().trim()).isEqualTo(String.valueOf(input.length));
    }

    @Test
    void aSymlinkWhereOutputIsReadBackIsNotFollowed() throws IOException {
        RunResult r = run("symlink_out.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void aFifoWhereOutputIsReadBackIsNotOpened() {
        RunResult r = run("fifo_out.c", SMALL);
        assertThat(r.outcome()).isEqualTo(Outcome.OK);
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void theProgramCannotWriteItsOwnVerdict() {
        Path lockDirectory = TestSandbox.pool().settings().lockDirectory();
        TestSandbox.pool().withBoxUnchecked(box -> {
            Toolchains.compile(box, "write_meta.c", source("write_meta.c"));
            Path ownMeta = lockDirectory.resolve("box-" + box.id() + ".meta");
            RunResult r = box.run(request(box, SMALL, null, ownMeta.toString()));
            assertThat(r.outcome()).isEqualTo(Outcome.RUNTIME_ERROR);
            assertThat(r.exitCode()).isEqualTo(7);
            assertThat(r.stdoutText()).contains("fake verdicts written: 0");
            // The meta file the launcher wrote is its own account of this run, not the fake one.
            try {
                assertThat(Files.readString(ownMeta)).contains("exitcode:7", "status:RE").doesNotContain("exitcode:0");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return r;
        });
    }
}
