package dev.judge.sandbox;

import static dev.judge.sandbox.HostileProgramsIT.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Findings of the second security review, each as a hostile program that must be confined and
 * judged for what it did: socket families, Linux AIO and file locks, the box's memory filled
 * through its file systems, limits checked before signals, inode limits and noexec scratch space.
 */
@ExtendWith(HostUnaffected.class)
class ConfinementIT {

    private static final Limits SMALL = new Limits(1, 0, 3, 131_072, 0, 65_536, 1, 1_024, 64);

    @Test
    void onlyTheSocketFamiliesRuntimesNeedCanBeOpenedEvenWithGarbageInTheUpperBits() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's syscall filter");
        RunResult r = run("wide_socket.c", SMALL);
        assertThat(r.stdoutText()).contains("only unix, inet, inet6 and netlink sockets").doesNotContain("WORKED", "FAILED");
    }

    @Test
    void nothingFromOutsideTheBoxCanBeHeardUeventsInotifyFanotifyOrUnreviewedSyscalls() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's syscall filter");
        RunResult r = run("outside_info.c", SMALL);
        assertThat(r.stdoutText()).contains("nothing from outside").doesNotContain("WORKED", "FAILED");
    }

    @Test
    void linuxAioAndFileLocksAreDenied() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's syscall filter");
        RunResult r = run("aio_and_locks.c", SMALL);
        assertThat(r.stdoutText()).contains("aio and locks denied").doesNotContain("WORKED", "FAILED");
    }

    @Test
    void fillingTheBoxsMemoryThroughItsFileSystemsIsAMemoryLimitNotAnInternalError() {
        // /dev/shm and /tmp (64 MiB each) are charged to the box's 32 MiB memory group; the
        // file-size limit is above what fits, so memory runs out first.
        RunResult r = run("fill_shm.c", SMALL.withMemory(32_768).withOutput(262_144).withCpuTime(5).withWallTime(10));
        assertThat(r.outcome()).as(r.message()).isEqualTo(Outcome.MEMORY_LIMIT);
    }

    @Test
    void aProgramThatPassedItsCpuLimitAndThenCrashedTimedOut() {
        RunResult r = run("spin_then_crash.c", new Limits(1, 1, 5, 131_072, 0, 65_536, 1, 1_024, 64));
        assertThat(r.outcome()).isEqualTo(Outcome.TIME_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tmp", "/dev/shm"})
    void scratchSpaceHasAnInodeLimit(String dir) {
        assumeTrue(TestSandbox.isOurs(), "judgebox's inode-limited scratch space");
        RunResult r = run("many_inodes.c", SMALL.withCpuTime(5).withWallTime(10), dir);
        long created = Long.parseLong(r.stdoutText().replaceAll("\\D", ""));
        assertThat(created).isPositive().isLessThan(10_000);
    }

    @Test
    void nothingCanBeExecutedFromTmpOrDevShm() {
        assumeTrue(TestSandbox.isOurs(), "judgebox's noexec scratch space");
        RunResult r = run("exec_tmp.c", SMALL.withProcesses(4));
        assertThat(r.stdoutText()).startsWith("exec denied");
    }

    @Test
    void aPythonProgramThatWritesPastItsOutputLimitHitsTheOutputLimitLikeC() {
        RunResult r = TestSandbox.pool().withBoxUnchecked(box -> {
            Toolchains.write(box, "flood.py", "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n");
            return box.run(Toolchains.python(SMALL.withCpuTime(5).withWallTime(10), "flood.py"));
        });
        assertThat(r.outcome()).isEqualTo(Outcome.OUTPUT_LIMIT);
    }
}
