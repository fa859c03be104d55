package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The behaviour isolate itself promises: options, meta keys, exit codes, limits and verdicts.
 * Runs against any isolate-compatible binary: {@code mvn -B verify -Dsandbox.binary=/path/to/isolate}.
 */
class LauncherContractIT {

    private static final LauncherCli cli = new LauncherCli(TestSandbox.FIRST_TEST_BOX + 90);
    private static Path box;

    @BeforeAll
    static void init() {
        cli.invoke("--cleanup");
        LauncherCli.Invocation init = cli.invoke("--init");
        assertThat(init.exitCode()).as(init.stderr()).isZero();
        box = Path.of(init.stdout().trim()).resolve("box");
    }

    @AfterAll
    static void cleanup() {
        assertThat(cli.invoke("--cleanup").exitCode()).isZero();
        assertThat(box).doesNotExist();
    }

    @Test
    void initPrintsTheBoxDirectoryNamedByItsId() {
        assertThat(box.getParent().getFileName().toString()).isEqualTo(String.valueOf(cli.boxId));
        assertThat(box).isDirectory();
    }

    @Test
    void aNormalExitGivesExitStatusZeroAndTheMetaKeys() {
        LauncherCli.Invocation r = cli.sh(List.of(), "echo hi");
        assertThat(r.exitCode()).isZero();
        MetaFile meta = cli.meta();
        assertThat(meta.values()).containsKeys("time", "time-wall", "max-rss", "cg-mem");
        assertThat(meta.integer("exitcode")).isZero();
        assertThat(meta.status()).isNull();
    }

    @Test
    void aNonZeroExitIsRE() {
        LauncherCli.Invocation r = cli.sh(List.of(), "exit 3");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(cli.meta().status()).isEqualTo("RE");
        assertThat(cli.meta().integer("exitcode")).isEqualTo(3);
    }

    @Test
    void aFatalSignalIsSG() {
        cli.sh(List.of(), "kill -SEGV $$");
        assertThat(cli.meta().status()).isEqualTo("SG");
        assertThat(cli.meta().integer("exitsig")).isEqualTo(11);
    }

    @Test
    void theCpuLimitKillsASpinningProgramAsTO() {
        LauncherCli.Invocation r = cli.sh(List.of("--time=0.3", "--wall-time=5"), "while :; do :; done");
        assertThat(r.exitCode()).isEqualTo(1);
        MetaFile meta = cli.meta();
        assertThat(meta.status()).isEqualTo("TO");
        assertThat(meta.flag("killed")).isTrue();
        assertThat(meta.seconds("time")).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void extraTimeLetsTheProgramRunLongerButTheVerdictIsStillTO() {
        cli.sh(List.of("--time=0.2", "--extra-time=0.3", "--wall-time=5"), "while :; do :; done");
        assertThat(cli.meta().status()).isEqualTo("TO");
        assertThat(cli.meta().seconds("time")).isGreaterThan(0.25);
    }

    @Test
    void theWallLimitKillsASleepingProgramAsTO() {
        cli.sh(List.of("--time=5", "--wall-time=0.3"), "sleep 10");
        MetaFile meta = cli.meta();
        assertThat(meta.status()).isEqualTo("TO");
        assertThat(meta.seconds("time-wall")).isGreaterThanOrEqualTo(0.3);
        assertThat(meta.seconds("time")).isLessThan(0.3);
    }

    @Test
    void cpuTimeCountsEveryProcessOfTheBox() {
        String burn = "/usr/bin/python3 -c 'import time\nwhile time.process_time() < 0.3: pass'";
        cli.sh(List.of("--time=10", "--wall-time=20"), burn + " & " + burn + " & wait");
        MetaFile meta = cli.meta();
        assertThat(meta.status()).isNull();
        assertThat(meta.seconds("time")).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void theCgroupMemoryLimitEndsInAnOomKill() {
        cli.run(List.of("--cg-mem=32768", "--time=5", "--wall-time=10"),
                "/usr/bin/python3", "-c", "x = bytearray(200 * 1024 * 1024); print(len(x))");
        MetaFile meta = cli.meta();
        assertThat(meta.flag("cg-oom-killed")).isTrue();
        assertThat(meta.kilobytes("cg-mem")).isGreaterThan(16_000).isLessThanOrEqualTo(32_768 + 1024);
    }

    @Test
    void theFileSizeLimitStopsAnOutputFlood() {
        cli.sh(List.of("--fsize=64", "--stdout=out.txt"), "exec yes");
        assertThat(cli.meta().status()).isEqualTo("SG");
        assertThat(cli.meta().integer("exitsig")).isEqualTo(25);
        assertThat(box.resolve("out.txt")).hasSize(64 * 1024);
    }

    @Test
    void oneProcessByDefaultSoForkFails() {
        cli.run(List.of("--env=PATH=/usr/bin:/bin"), "/bin/sh", "-c", "/bin/true && echo forked");
        assertThat(cli.meta().status()).isEqualTo("RE");
    }

    @Test
    void redirectionsAreRelativeToTheBox() throws IOException {
        Files.writeString(box.resolve("in.txt"), "abc\n");
        cli.sh(List.of("--stdin=in.txt", "--stdout=out.txt", "--stderr=err.txt"), "tr a-z A-Z; echo oops >&2");
        assertThat(box.resolve("out.txt")).hasContent("ABC");
        assertThat(box.resolve("err.txt")).hasContent("oops");
    }

    @Test
    void stderrToStdoutMergesTheStreams() {
        cli.sh(List.of("--stdout=both.txt", "--stderr-to-stdout"), "echo one; echo two >&2");
        assertThat(box.resolve("both.txt")).hasContent("one\ntwo");
    }

    @Test
    void theEnvironmentHoldsOnlyWhatIsPassed() {
        cli.sh(List.of("--stdout=env.txt", "--env=GREETING=hello"), "env | sort");
        assertThat(box.resolve("env.txt")).content()
                .contains("GREETING=hello", "LIBC_FATAL_STDERR_=1", "PATH=/usr/bin:/bin")
                .doesNotContain("HOME=", "USER=", "JAVA_HOME");
    }

    @Test
    void chdirSetsTheWorkingDirectory() {
        cli.sh(List.of("--chdir=/tmp", "--stdout=/box/pwd.txt"), "pwd");
        assertThat(box.resolve("pwd.txt")).hasContent("/tmp");
    }

    @Test
    void aDirectoryRuleBindsAHostDirectoryReadOnly() throws IOException {
        Path shared = Files.createTempDirectory("judge-shared-");
        Files.writeString(shared.resolve("data.txt"), "shared data");
        shared.toFile().setReadable(true, false);
        shared.toFile().setExecutable(true, false);
        shared.resolve("data.txt").toFile().setReadable(true, false);
        cli.sh(List.of("--dir=/data=" + shared, "--stdout=data.txt"), "cat /data/data.txt; echo x > /data/new.txt || echo refused");
        assertThat(box.resolve("data.txt")).content().contains("shared data", "refused");
        assertThat(shared.resolve("new.txt")).doesNotExist();
    }

    @Test
    void wallTimeIncludesSleeping() {
        cli.sh(List.of("--time=5", "--wall-time=5"), "sleep 0.2");
        assertThat(cli.meta().seconds("time-wall")).isGreaterThanOrEqualTo(0.2);
    }
}
