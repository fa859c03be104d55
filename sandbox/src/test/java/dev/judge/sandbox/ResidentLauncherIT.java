package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The resident launcher ({@code judgebox --serve}): commands through it behave as spawned ones,
 * and whatever happens to it (killed, hung command, closed) ends the boxes' programs and never
 * leaves a caller waiting for an answer that cannot come.
 */
class ResidentLauncherIT {

    private static final int FIRST = TestSandbox.FIRST_TEST_BOX + 60;
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Long enough that only the failure under test can end a 30-second sleep in time. */
    private static final Limits LIMITS = Limits.defaults().withCpuTime(5).withWallTime(40).withProcesses(8);

    private static RunRequest shell(String script) {
        return new RunRequest(List.of("/bin/sh", "-c", script), LIMITS, null,
                Map.of("PATH", "/usr/bin:/bin"), List.of(), false);
    }

    /** Resident launchers of this JVM, other than those of pools other tests share (started before this test). */
    private final List<ProcessHandle> others = allServers();

    private static List<ProcessHandle> allServers() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("--serve")).orElse(false)).toList();
    }

    private List<ProcessHandle> servers() {
        return allServers().stream().filter(p -> !others.contains(p)).toList();
    }

    @Test
    void runsGoThroughOneResidentProcessAndGiveTheSameResultsAsSpawnedOnes() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "--serve is judgebox's");
        RunRequest request = shell("echo out; echo err >&2; exit 3");
        for (boolean resident : List.of(true, false)) {
            try (BoxPool pool = new BoxPool(TestSandbox.settings(FIRST, FIRST + 4, 2).withResidentLauncher(resident))) {
                RunResult r = pool.withBox(box -> box.run(request));
                assertThat(r.outcome()).as("resident %s", resident).isEqualTo(Outcome.RUNTIME_ERROR);
                assertThat(r.exitCode()).isEqualTo(3);
                assertThat(new String(r.stdout(), StandardCharsets.UTF_8)).isEqualTo("out\n");
                assertThat(new String(r.stderr(), StandardCharsets.UTF_8)).isEqualTo("err\n");
                assertThat(servers()).as("resident launcher running with resident=%s", resident).hasSize(resident ? 1 : 0);
            }
        }
        assertThat(servers()).as("closing the pool ends its resident launcher").isEmpty();
    }

    @Test
    void aKilledResidentLauncherFailsTheRunInFlightKillsItsProgramAndIsReplaced() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "--serve is judgebox's");
        try (BoxPool pool = new BoxPool(TestSandbox.settings(FIRST, FIRST + 4, 1))) {
            Box box = pool.acquire();
            CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(() -> box.run(shell("sleep 30")));
            ProcessHandle server = awaitOne();
            awaitBoxProcess();
            server.destroyForcibly();
            RunResult r = running.get(20, TimeUnit.SECONDS);
            assertThat(r.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
            assertThat(r.message()).contains("resident launcher");
            awaitNoBoxProcess();
            pool.release(box);
            RunResult next = pool.withBox(b -> b.run(shell("echo again")));
            assertThat(next.outcome()).isEqualTo(Outcome.OK);
            assertThat(new String(next.stdout(), StandardCharsets.UTF_8)).isEqualTo("again\n");
            assertThat(servers()).hasSize(1).doesNotContain(server);
        }
    }

    @Test
    void aCommandPastItsDeadlineIsKilledWithItsBox() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "--serve is judgebox's");
        Path scratch = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "resident-");
        int boxId = FIRST + 3;
        try (ResidentLauncher launcher = new ResidentLauncher(TestSandbox.binary(), scratch.resolve("err"))) {
            Path out = scratch.resolve("out");
            launcher.call(List.of("--box-id=" + boxId, "--cg", "--cleanup"), out, 30);
            assertThat(launcher.call(List.of("--box-id=" + boxId, "--cg", "--init"), out, 30)).isZero();
            // No limit of its own: only the command's deadline (0.5 s) stops it.
            assertThatThrownBy(() -> launcher.call(List.of("--box-id=" + boxId, "--cg", "--processes=4",
                    "--env=PATH=/usr/bin:/bin", "--run", "--", "/bin/sleep", "30"), out, 0.5))
                    .isInstanceOf(IOException.class).hasMessageContaining("did not finish within 0.5 s");
            awaitNoBoxProcess();
            assertThat(launcher.call(List.of("--box-id=" + boxId, "--cg", "--silent", "--run", "--", "/bin/true"), out, 30))
                    .as("the box works after the kill").isZero();
            assertThat(launcher.call(List.of("--box-id=" + boxId, "--bogus"), out, 30)).isEqualTo(2);
            assertThat(Files.readString(out)).contains("unrecognized option '--bogus'");
            assertThatThrownBy(() -> launcher.call(List.of("--env=A=\0B", "--run"), out, 30))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NUL");
            launcher.call(List.of("--box-id=" + boxId, "--cg", "--cleanup"), out, 30);
        }
        assertThat(servers()).isEmpty();
    }

    @Test
    void closingThePoolEndsRunsInFlight() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "--serve is judgebox's");
        BoxPool pool = new BoxPool(TestSandbox.settings(FIRST, FIRST + 4, 1));
        Box box = pool.acquire();
        CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(() -> box.run(shell("sleep 30")));
        awaitBoxProcess();
        pool.close();
        RunResult r = running.get(20, TimeUnit.SECONDS);
        assertThat(r.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
        awaitNoBoxProcess();
        assertThat(servers()).isEmpty();
    }

    @Test
    void theResidentLauncherGetsNoneOfTheJvmsEnvironment() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "--serve is judgebox's");
        Path scratch = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "resident-");
        try (ResidentLauncher launcher = new ResidentLauncher(TestSandbox.binary(), scratch.resolve("err"))) {
            assertThat(launcher.call(List.of("--version"), scratch.resolve("out"), 30)).isZero();
            String environ = Files.readString(Path.of("/proc/" + awaitOne().pid() + "/environ"));
            assertThat(environ.split("\0")).as("the launcher's environment (the JVM has PATH=%s)", System.getenv("PATH"))
                    .allSatisfy(entry -> assertThat(entry).matches("|JUDGEBOX_CONFIG=.*"));
        }
    }

    @Test
    void aBoxGetsOnlyVariablesARequestGivesAValueNothingOfTheLaunchersEnvironment() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "--serve is judgebox's");
        int boxId = FIRST + 2;
        Path scratch = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "resident-");
        ProcessBuilder builder = new ProcessBuilder(TestSandbox.binary().toString(), "--serve")
                .redirectError(scratch.resolve("err").toFile());
        builder.environment().put("JUDGE_TEST_SECRET", "leaked");
        Process server = builder.start();
        try (var answers = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(answers.readLine()).isEqualTo("judgebox-serve 1");
            String out = scratch.resolve("out").toString();
            String box = "--box-id=" + boxId;
            send(server, "1", out, box, "--cleanup");
            assertThat(answers.readLine()).isEqualTo("1 exit 0");
            send(server, "2", out, box, "--init");
            assertThat(answers.readLine()).isEqualTo("2 exit 0");
            send(server, "3", out, box, "--processes=4", "--stdout=env1.txt", "--env=JUDGE_TEST_SECRET", "--env=SET=yes",
                    "--run", "--", "/usr/bin/env");
            assertThat(answers.readLine()).isEqualTo("3 exit 0");
            send(server, "4", out, box, "--processes=4", "--stdout=env2.txt", "--full-env", "--run", "--", "/usr/bin/env");
            assertThat(answers.readLine()).isEqualTo("4 exit 0");
            Path dir = Path.of("/var/local/lib/judgebox/" + boxId + "/box");
            assertThat(Files.readString(dir.resolve("env1.txt"))).contains("SET=yes").doesNotContain("JUDGE_TEST_SECRET");
            assertThat(Files.readString(dir.resolve("env2.txt"))).doesNotContain("JUDGE_TEST_SECRET", "HOME=", "USER=");
            send(server, "5", out, box, "--cleanup");
            assertThat(answers.readLine()).isEqualTo("5 exit 0");
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
    }

    @Test
    void aRequestOfOneMebibyteWithoutAnEndIsRefusedNotWaitedFor() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "--serve is judgebox's");
        Path scratch = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "resident-");
        Process server = new ProcessBuilder(TestSandbox.binary().toString(), "--serve")
                .redirectError(scratch.resolve("err").toFile()).start();
        try (var answers = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(answers.readLine()).isEqualTo("judgebox-serve 1");
            byte[] request = new byte[ResidentLauncher.MAX_REQUEST_BYTES];
            java.util.Arrays.fill(request, (byte) 'a');
            server.getOutputStream().write(request);
            server.getOutputStream().flush();   // and the caller waits, its standard input open
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return answers.readLine();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(answer.get(10, TimeUnit.SECONDS)).startsWith("? refused a request longer than");
            assertThat(server.waitFor(10, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        } finally {
            server.destroyForcibly();
        }
        try (ResidentLauncher launcher = new ResidentLauncher(TestSandbox.binary(), scratch.resolve("err"))) {
            assertThatThrownBy(() -> launcher.call(List.of("--env=X=" + "x".repeat(ResidentLauncher.MAX_REQUEST_BYTES)),
                    scratch.resolve("out"), 30)).isInstanceOf(IOException.class).hasMessageContaining("too long");
        }
    }

    private static void send(Process server, String id, String output, String... args) throws IOException {
        StringBuilder request = new StringBuilder();
        for (String field : List.of(id, "30000", output, Integer.toString(args.length))) {
            request.append(field).append('\0');
        }
        for (String arg : args) {
            request.append(arg).append('\0');
        }
        server.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
        server.getOutputStream().flush();
    }

    private ProcessHandle awaitOne() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(servers()).as("resident launchers").hasSize(1));
        return servers().get(0);
    }

    private static void awaitBoxProcess() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(HostState.boxProcesses()).as("the box's program started").isNotEmpty());
    }

    private static void awaitNoBoxProcess() {
        await().atMost(WAIT).untilAsserted(() -> assertThat(HostState.boxProcesses()).as("box processes left").isEmpty());
    }
}
