package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What our launcher adds to isolate's contract; skipped for other binaries. */
class HardeningIT {

    private static final LauncherCli cli = new LauncherCli(TestSandbox.FIRST_TEST_BOX + 91);
    private static Path box;

    @BeforeAll
    static void init() {
        assumeTrue(TestSandbox.isOurs(), "hardening tests are for judgebox only");
        cli.invoke("--cleanup");
        box = cli.boxDir();
    }

    @AfterAll
    static void cleanup() {
        if (TestSandbox.isOurs()) {
            cli.invoke("--cleanup");
        }
    }

    private String shOutput(List<String> options, String script) throws IOException {
        Files.deleteIfExists(box.resolve("out.txt"));
        List<String> opts = new java.util.ArrayList<>(options);
        opts.add("--stdout=out.txt");
        opts.add("--stderr-to-stdout");
        cli.sh(opts, script);
        return Files.readString(box.resolve("out.txt"));
    }

    @Test
    void versionNamesTheVersionAndCommit() {
        LauncherCli.Invocation r = cli.invoke("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).startsWith("judgebox ").contains("commit ");
    }

    @Test
    void badOptionsAreRefusedWithAMessage() {
        LauncherCli.Invocation r = cli.invoke("--time=abc", "--run", "--", "/bin/true");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("--time");
    }

    @Test
    void boxRootIsOwnedByRootWithMode0700() throws IOException {
        Path boxRoot = box.getParent().getParent();
        assertThat(Files.getOwner(boxRoot).getName()).isEqualTo("root");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(boxRoot))).isEqualTo("rwx------");
    }

    @Test
    void theProgramRunsAsTheBoxUserWithoutCapabilities() throws IOException {
        String out = shOutput(List.of(), "id -u; id -G; grep -E '^(Cap|NoNewPrivs|Seccomp)' /proc/self/status");
        assertThat(out).contains(String.valueOf(TestSandbox.FIRST_UID + cli.boxId))
                .contains("CapEff:\t0000000000000000", "CapBnd:\t0000000000000000", "CapAmb:\t0000000000000000")
                .contains("NoNewPrivs:\t1", "Seccomp:\t2");
    }

    @Test
    void onlyStandardDescriptorsReachTheProgram() throws IOException {
        String out = shOutput(List.of(), "ls /proc/self/fd | sort -n | tr '\\n' ' '");
        // 0, 1, 2, and the descriptor ls uses to read the directory.
        assertThat(out.trim()).isEqualTo("0 1 2 3");
    }

    @Test
    void theEnvironmentIsScrubbed() throws IOException {
        String out = shOutput(List.of(), "env");
        assertThat(out.lines().sorted().toList()).containsExactly("LIBC_FATAL_STDERR_=1", "PATH=/usr/bin:/bin", "PWD=/box");
    }

    @Test
    void everyMountIsNosuidAndTheRootIsReadOnly() throws IOException {
        String out = shOutput(List.of(), "cat /proc/self/mounts");
        for (String line : out.lines().toList()) {
            assertThat(line).as("mount").contains("nosuid");
            String mountPoint = line.split(" ")[1];
            if (!mountPoint.matches("/dev/(null|zero|random|urandom)")) {
                assertThat(line).as("mount").contains("nodev");
            }
        }
        assertThat(out).contains("proc /proc proc rw,nosuid,nodev,noexec").contains("hidepid=");
        assertThat(out.lines().filter(l -> l.split(" ")[1].equals("/")).findFirst().orElseThrow()).contains(" ro,");
    }

    @Test
    void thereIsNoSysAndDevHoldsOnlyTheHarmlessDevices() throws IOException {
        String out = shOutput(List.of(), "ls /; echo ---; ls /dev");
        assertThat(out.split("---")[0]).doesNotContain("sys");
        assertThat(out.split("---")[1].trim().lines().toList())
                .containsExactlyInAnyOrder("fd", "null", "random", "shm", "stderr", "stdin", "stdout", "urandom", "zero");
    }

    @Test
    void tmpAndDevShmAreSizeLimitedAndPrivate() throws IOException {
        Path hostShm = Path.of("/dev/shm/judge-hardening-" + ProcessHandle.current().pid());
        Files.writeString(hostShm, "host");
        try {
            String out = shOutput(List.of(), "df -k /tmp /dev/shm /box | tail -n +2; ls -a /dev/shm /tmp");
            assertThat(out).doesNotContain("judge-hardening");
            List<String> tmpfs = out.lines().filter(l -> l.startsWith("tmpfs")).toList();
            assertThat(tmpfs).as("df lines of /tmp, /dev/shm and /box").hasSize(3);
            for (String line : tmpfs) {
                long sizeKb = Long.parseLong(line.split("\\s+")[1]);
                assertThat(sizeKb).as(line).isLessThanOrEqualTo(1 << 20);
            }
        } finally {
            Files.deleteIfExists(hostShm);
        }
    }

    @Test
    void seccompRefusesUserNamespacesAndMounts() throws IOException {
        String out = shOutput(List.of("--processes=4"), "unshare -U true && echo USERNS; unshare -Urm true && echo USERNS-MOUNT; echo end");
        assertThat(out).doesNotContain("USERNS").contains("end");
    }

    @Test
    void theHostnameIsTheBoxs() throws IOException {
        assertThat(shOutput(List.of(), "hostname").trim()).isEqualTo("box");
    }

    @Test
    void aProgramThatCannotBeExecutedIsARuntimeErrorWithExitCode127() throws IOException {
        LauncherCli.Invocation r = cli.run(List.of(), "/box/does-not-exist");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(cli.meta().status()).isEqualTo("RE");
        assertThat(cli.meta().values()).containsEntry("exitcode", "127");
        assertThat(cli.meta().values().get("message")).contains("does-not-exist");
        Files.write(box.resolve("not-a-program"), new byte[] {1, 2, 3, 4});
        box.resolve("not-a-program").toFile().setExecutable(true, false);
        cli.run(List.of(), "/box/not-a-program");
        assertThat(cli.meta().status()).isEqualTo("RE");
        assertThat(cli.meta().values()).containsEntry("exitcode", "127");
    }

    @Test
    void twoLaunchersNeverShareABox() throws Exception {
        LauncherCli other = new LauncherCli(cli.boxId);
        CompletableFuture<LauncherCli.Invocation> sleeper =
                CompletableFuture.supplyAsync(() -> cli.sh(List.of("--wall-time=5"), "sleep 2"));
        org.awaitility.Awaitility.await().until(() -> !HostState.boxProcesses().isEmpty());
        LauncherCli.Invocation second = other.run(List.of(), "/bin/true");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.stderr()).contains("in use");
        assertThat(sleeper.get().exitCode()).isZero();
    }

    @Test
    void initOfAnInitializedBoxIsRefused() {
        LauncherCli.Invocation r = cli.invoke("--init");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr()).contains("already initialized");
    }

    @Test
    void theBoxDirectoryGetsItsOwnerModeAndNoAttributesBackBeforeEveryRun() throws IOException {
        shOutput(List.of(), "python3 -c \"import os; os.setxattr('/box', 'user.x', b'x' * 60000); os.chmod('/box', 0)\"");
        String out = shOutput(List.of(), "stat -c '%a %u' /box; python3 -c \"import os; print(os.listxattr('/box'))\"");
        assertThat(out).isEqualTo("700 " + (TestSandbox.FIRST_UID + cli.boxId) + "\n[]\n");
    }

    @Test
    void theMemoryPeakIsTheRunsOwnNotWhatEarlierRunsLeftCharged() throws IOException {
        cli.run(List.of(), "/bin/true");
        long before = cli.meta().kilobytes("cg-mem");
        try {
            // 100 MB written to /box (kept there) and read back, and as much of the host's libraries read.
            shOutput(List.of("--time=20", "--wall-time=60"), "head -c 100000000 /dev/zero > /box/big; cat /box/big > /dev/null;"
                    + " find /usr/lib -type f -size +100k | head -c 100000000 | xargs cat 2>/dev/null | head -c 100000000 > /dev/null");
            cli.run(List.of(), "/bin/true");
            long after = cli.meta().kilobytes("cg-mem");
            assertThat(after).as("cg-mem of /bin/true: %d KiB before, %d KiB after", before, after).isLessThan(before + 8192);
        } finally {
            Files.deleteIfExists(box.resolve("big"));
        }
    }

    @Test
    void inheritableCapabilitiesAndRaisedPriorityLimitsOfTheLauncherDoNotReachTheProgram() throws IOException {
        Files.deleteIfExists(box.resolve("out.txt"));
        List<String> prefix = new java.util.ArrayList<>(List.of("setpriv", "--inh-caps=+sys_admin,+net_admin",
                "--ambient-caps=+net_admin"));
        // Raising the limits needs CAP_SYS_RESOURCE, which some hosts withhold from root: then they stay 0 anyway.
        List<String> raise = List.of("prlimit", "--rtprio=50", "--nice=30");
        if (cli.invokeAs(raise, "/bin/true").exitCode() == 0) {
            prefix.addAll(0, raise);
        }
        LauncherCli.Invocation r = cli.invokeAs(prefix,
                TestSandbox.binary().toString(), "--stdout=out.txt", "--stderr-to-stdout", "--processes=4",
                "--env=PATH=/usr/bin:/bin", "--meta=" + cli.meta, "--run", "--", "/bin/sh", "-c",
                "grep -E '^Cap(Inh|Amb)' /proc/self/status; grep -E '^Max (nice|realtime) priority' /proc/self/limits");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String out = Files.readString(box.resolve("out.txt"));
        assertThat(out).contains("CapInh:\t0000000000000000", "CapAmb:\t0000000000000000");
        List<String> limits = out.lines().filter(l -> l.startsWith("Max")).toList();
        assertThat(limits).hasSize(2).allSatisfy(l -> assertThat(l.trim()).as(l).matches("Max .* priority\\s+0\\s+0"));
    }

    @Test
    void networkCountersDoNotCarryFromOneRunToTheNext() throws IOException {
        String before = shOutput(List.of(), "cat /proc/net/snmp /proc/net/snmp6");
        shOutput(List.of(), "python3 -c \"import socket\nfor i in range(50):\n try: socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"
                + ".sendto(b'x', ('10.1.2.3', 9))\n except OSError: pass\"");
        String after = shOutput(List.of(), "cat /proc/net/snmp /proc/net/snmp6");
        assertThat(after).isEqualTo(before);
    }
}
