package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The driver's pool: claiming ids, reusing, wiping and re-initialising boxes. */
class BoxPoolIT {

    private static final int FIRST = TestSandbox.FIRST_TEST_BOX + 70;

    @Test
    void twoPoolsNeverClaimTheSameBox() throws IOException {
        try (BoxPool a = new BoxPool(TestSandbox.settings(FIRST, FIRST + 4, 2));
                BoxPool b = new BoxPool(TestSandbox.settings(FIRST, FIRST + 4, 2))) {
            Set<Integer> ids = new HashSet<>();
            for (BoxPool pool : List.of(a, b)) {
                for (int i = 0; i < pool.size(); i++) {
                    Box box = pool.tryAcquire(Duration.ZERO).orElseThrow();
                    assertThat(ids.add(box.id())).as("box %d claimed twice", box.id()).isTrue();
                }
            }
            assertThatThrownBy(() -> new BoxPool(TestSandbox.settings(FIRST, FIRST + 4, 1)))
                    .isInstanceOf(IOException.class).hasMessageContaining("free");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReleasedBoxIsEmpty() throws Exception {
        try (BoxPool pool = new BoxPool(TestSandbox.settings(FIRST + 4, FIRST + 6, 1))) {
            Box box = pool.acquire();
            box.writeFile("input.txt", "data".getBytes(StandardCharsets.UTF_8), false);
            box.run(RunRequest.of(Limits.defaults().withProcesses(4), "/bin/sh", "-c", "mkdir -p d/e && chmod 000 d && touch f")
                    .withEnvironment(Toolchains.PATH));
            pool.release(box);
            Box again = pool.acquire();
            try (var files = Files.list(again.directory())) {
                assertThat(files.toList()).isEmpty();
            }
            pool.release(again);
        }
    }

    @Test
    void filesGoInOnlyAsNewFilesAndComeOutOnlyIfRegular() throws Exception {
        try (BoxPool pool = new BoxPool(TestSandbox.settings(FIRST + 6, FIRST + 8, 1))) {
            Box box = pool.acquire();
            box.writeFile("a.txt", new byte[] {1}, false);
            assertThatThrownBy(() -> box.writeFile("a.txt", new byte[] {2}, false)).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> box.writeFile("../escape", new byte[] {2}, false)).isInstanceOf(IllegalArgumentException.class);
            Files.createSymbolicLink(box.directory().resolve("link"), Path.of("/etc/passwd"));
            assertThat(box.readFile("link", 100)).isEmpty();
            assertThatThrownBy(() -> box.writeFile("link", new byte[] {3}, false)).isInstanceOf(IOException.class);
            assertThat(Files.readString(Path.of("/etc/passwd"))).doesNotContain("\u0003");
            box.writeFile("big.txt", new byte[10_000], false);
            assertThat(box.readFile("big.txt", 100)).get().satisfies(b -> assertThat(b).hasSize(100));
            pool.release(box);
        }
    }

    @Test
    void aBoxThatFailedIsReinitialisedAndTheFailureIsAResult() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "judgebox's message for a directory rule it cannot bind");
        try (BoxPool pool = new BoxPool(TestSandbox.settings(FIRST + 8, FIRST + 10, 1))) {
            Box box = pool.acquire();
            RunResult r = box.run(RunRequest.of(Limits.defaults(), "/bin/true")
                    .withDirectories(List.of("/opt/missing-dir=/nonexistent-missing-dir")));
            assertThat(r.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
            assertThat(r.message()).contains("missing-dir");
            pool.release(box);
            Box again = pool.acquire();
            RunResult ok = again.run(RunRequest.of(Limits.defaults(), "/bin/true"));
            assertThat(ok.outcome()).isEqualTo(Outcome.OK);
            pool.release(again);
        }
    }

    @Test
    void outputsAreCappedButTheirFullSizeIsKnown() throws Exception {
        SandboxSettings settings = TestSandbox.settings(FIRST + 10, FIRST + 12, 1).withCaptureBytes(1000);
        try (BoxPool pool = new BoxPool(settings)) {
            RunResult r = pool.withBox(box -> box.run(RunRequest.of(Limits.defaults().withProcesses(4), "/bin/sh", "-c",
                    "head -c 5000 /dev/zero | tr '\\0' x").withEnvironment(Toolchains.PATH)));
            assertThat(r.outcome()).isEqualTo(Outcome.OK);
            assertThat(r.stdout()).hasSize(1000);
            assertThat(r.stdoutBytes()).isEqualTo(5000);
            assertThat(r.stdoutTruncated()).isTrue();
        }
    }

    @Test
    void aRunLeavesNothingInItsBoxThatTheNextRunSees() throws Exception {
        assumeTrue(TestSandbox.isOurs(), "judgebox resets the box directory before every run");
        try (BoxPool pool = new BoxPool(TestSandbox.settings(FIRST + 12, FIRST + 14, 1))) {
            RunResult poisoned = pool.withBox(box -> {
                Toolchains.compile(box, "poison_box.c", HostileProgramsIT.source("poison_box.c"));
                return box.run(HostileProgramsIT.request(box, Limits.defaults().withProcesses(4), null));
            });
            assertThat(poisoned.outcome()).as(poisoned.message()).isEqualTo(Outcome.OK);
            RunResult seen = pool.withBox(box -> {
                Toolchains.write(box, "look.py", """
                        import os
                        st = os.stat('/box')
                        print(oct(st.st_mode), st.st_uid, os.listxattr('/box'), sorted(os.listdir('/box')))
                        """);
                return box.run(Toolchains.python(Limits.defaults(), "look.py"));
            });
            assertThat(seen.outcome()).as(seen.message()).isEqualTo(Outcome.OK);
            assertThat(seen.stdoutText().trim())
                    .isEqualTo("0o40700 " + (TestSandbox.FIRST_UID + FIRST + 12) + " [] ['judge.stderr', 'judge.stdout', 'look.py']");
        }
    }

    /**
     * A box whose re-initialisation fails leaves the pool, and comes back by itself once it can be
     * initialised again: here its directory is made immutable (chattr +i: not even root may remove
     * what is in it, as a full disk or a read-only file system would refuse), then mutable again.
     */
    @Test
    void aBoxThatCannotBeInitialisedAgainComesBackOnceItCan() throws Exception {
        try (BoxPool pool = new BoxPool(TestSandbox.settings(FIRST + 14, FIRST + 16, 1))) {
            Box box = pool.acquire();
            Path boxRoot = box.directory().getParent();
            box.markBroken();
            chattr("+i", boxRoot);
            try {
                pool.release(box);
                assertThat(pool.lost()).isEqualTo(1);
                assertThat(pool.available()).isZero();
            } finally {
                chattr("-i", boxRoot);
            }
            Box back = pool.tryAcquire(BoxPool.HEAL_EVERY.multipliedBy(3)).orElseThrow();
            assertThat(pool.lost()).isZero();
            assertThat(back.run(RunRequest.of(Limits.defaults(), "/bin/true")).outcome()).isEqualTo(Outcome.OK);
            pool.release(back);
        }
    }

    private static void chattr(String flag, Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("chattr %s %s: %s", flag, path, out).isZero();
    }
}
