package dev.judge.run.javawarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.RunLimits;
import dev.judge.run.execute.LanguageRuntime;
import dev.judge.sandbox.Jdks;
import dev.judge.sandbox.Outcome;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import dev.judge.sandbox.TestSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java start-up archive, trained and used in real boxes: a program compiled like a submission
 * runs with it, a broken archive is rebuilt by the warm-up, and anything missing falls back to a
 * plain start. The warm-up schedule follows the design's two minutes.
 */
class JavaStartupIT {

    private static final String MAIN = """
            import java.util.*;
            public class Main { public static void main(String[] a) { Scanner s = new Scanner(System.in);
              System.out.println(s.nextLong() + s.nextLong()); } }
            """;

    @TempDir
    Path cache;

    /** Compiles Main.java (a trusted test program) to class files, as compile-service would. */
    private static byte[] mainClass(Path dir) throws Exception {
        Files.writeString(dir.resolve("Main.java"), MAIN);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", dir.toString(),
                dir.resolve("Main.java").toString())).isZero();
        return Files.readAllBytes(dir.resolve("Main.class"));
    }

    /** Runs Main in a box the way run-service does, with the startup given. */
    private RunResult runMain(JavaStartup.Startup startup) throws Exception {
        byte[] main = mainClass(Files.createTempDirectory(cache, "src"));
        RunLimits limits = LanguageCatalog.defaults().entry(Language.JAVA).defaults();
        List<String> cmd = LanguageRuntime.command(Language.JAVA, limits, List.of(), startup);
        return TestSandbox.pool().withBox(box -> {
            try {
                box.writeFile("Main.class", main, false);
                box.writeFile("input.txt", "20 22\n".getBytes(StandardCharsets.UTF_8), false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return box.run(new RunRequest(cmd, LanguageRuntime.sandboxLimits(Language.JAVA, limits), "input.txt",
                    Map.of("PATH", "/usr/bin:/bin"), startup.directories(), false));
        });
    }

    @Test
    void onTheNewestJdkProgramsStartFromAnAotCacheAndStillAnswerRight() throws Exception {
        JavaStartup startup = new JavaStartup(LanguageRuntime.JAVA_HOME, cache, LanguageRuntime.JAVA_FLAGS);
        JavaStartup.Startup s = startup.prepare(TestSandbox.pool());
        assertThat(s.mode()).isEqualTo(Jdks.feature(LanguageRuntime.JAVA_HOME) >= 25 ? JavaStartup.Mode.AOT : JavaStartup.Mode.CDS);
        assertThat(s.options()).anyMatch(o -> o.startsWith("-XX:AOTCache=") || o.startsWith("-XX:SharedArchiveFile="));
        RunResult r = runMain(s);
        assertThat(r.outcome()).as(r.stderr().length + " " + new String(r.stderr(), StandardCharsets.UTF_8)).isEqualTo(Outcome.OK);
        assertThat(r.stdoutText()).isEqualTo("42\n");
    }

    @Test
    void anOlderJdkGetsACdsArchive() throws Exception {
        Path jdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jdk17.resolve("bin/java")), "no JDK 17 here");
        JavaStartup startup = new JavaStartup(jdk17.toString(), cache, LanguageRuntime.JAVA_FLAGS);
        assertThat(startup.prepare(TestSandbox.pool()).mode()).isEqualTo(JavaStartup.Mode.CDS);
    }

    @Test
    void aBrokenArchiveIsRebuiltByTheWarmUp() throws Exception {
        JavaStartup startup = new JavaStartup(LanguageRuntime.JAVA_HOME, cache, LanguageRuntime.JAVA_FLAGS);
        JavaStartup.Startup s = startup.prepare(TestSandbox.pool());
        Path dir = Path.of(s.directories().get(0).split("=", 2)[1]);
        try (var files = Files.list(dir)) {
            for (Path archive : files.filter(f -> f.toString().matches(".*\\.(aot|jsa)")).toList()) {
                archive.toFile().setWritable(true);
                Files.write(archive, new byte[] {1, 2, 3});
            }
        }
        assertThat(runMain(s).stdoutText()).as("a broken archive is ignored, not fatal").isEqualTo("42\n");
        assertThat(startup.refresh(TestSandbox.pool()).mode()).isNotEqualTo(JavaStartup.Mode.PLAIN);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().matches(".*\\.(aot|jsa)")).toList())
                    .allSatisfy(f -> assertThat(Files.size(f)).isGreaterThan(1000));
        }
    }

    @Test
    void withoutAUsableArchiveDirectoryProgramsStartPlain() throws Exception {
        Path notADirectory = Files.writeString(cache.resolve("file"), "x");
        JavaStartup startup = new JavaStartup(LanguageRuntime.JAVA_HOME, notADirectory, LanguageRuntime.JAVA_FLAGS);
        JavaStartup.Startup s = startup.prepare(TestSandbox.pool());
        assertThat(s.mode()).isEqualTo(JavaStartup.Mode.PLAIN);
        assertThat(s.directories()).isEmpty();
        assertThat(runMain(s).stdoutText()).isEqualTo("42\n");
    }

    @Test
    void aJavaBatchWarmsUpOnlyWhenTheLastWarmUpIsOlderThanTwoMinutes() {
        AtomicLong now = new AtomicLong(1_000_000);
        JavaStartup startup = new JavaStartup(LanguageRuntime.JAVA_HOME, cache, LanguageRuntime.JAVA_FLAGS);
        try (JavaWarmup warmup = new JavaWarmup(startup, TestSandbox.pool(), Duration.ofMinutes(2), now::get)
                .start(Duration.ZERO)) {
            await().atMost(Duration.ofSeconds(120)).until(() -> warmup.warmups() == 1);
            assertThat(warmup.lastJavaWarmup()).isEqualTo(1_000_000);
            now.addAndGet(Duration.ofMinutes(1).toMillis());
            warmup.javaBatchArrived();
            now.addAndGet(Duration.ofSeconds(61).toMillis());
            warmup.javaBatchArrived();
            await().atMost(Duration.ofSeconds(120)).until(() -> warmup.warmups() == 2);
            assertThat(warmup.lastJavaWarmup()).isEqualTo(now.get());
            assertThat(startup.current().mode()).isNotEqualTo(JavaStartup.Mode.PLAIN);
        }
    }
}
