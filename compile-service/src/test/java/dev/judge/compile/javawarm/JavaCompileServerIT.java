package dev.judge.compile.javawarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.compile.build.BuildResult;
import dev.judge.compile.build.Builder;
import dev.judge.compile.build.CompileLimits;
import dev.judge.compile.build.PrecompiledHeader;
import dev.judge.compile.build.Toolchain;
import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.Status;
import dev.judge.model.Submission;
import dev.judge.model.ValidSubmission;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.TestSandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm Java compile server in a real box: answers like javac, keeps its limits, restarts, falls back. */
class JavaCompileServerIT {

    private static final Limits JAVA = new Limits(15, 0, 30, 786_432, 0, 0, 128, 131_072, 256);
    private static final Limits SERVER = new Limits(600, 0, 1200, 786_432, 0, 0, 128, 131_072, 256);
    private static final String APLUSB = "import java.util.*;\npublic class Main { public static void main(String[] a) {"
            + " Scanner s = new Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); } }\n";

    @TempDir
    Path jars;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger SERVERS = new java.util.concurrent.atomic.AtomicInteger();

    private JavaCompileServer server(double cpuSec) throws Exception {
        // Each server gets boxes of its own: an earlier test's server may still be restarting in its box.
        int first = TestSandbox.FIRST_TEST_BOX + 60 + 4 * (SERVERS.getAndIncrement() % 6);
        BoxPool one = new BoxPool(TestSandbox.settings(first, first + 3, 1));
        open.add(one);
        JavaCompileServer server = new JavaCompileServer(one, Toolchain.javaHome(), jars, SERVER, cpuSec, 30)
                .start(Duration.ofMinutes(2), Duration.ZERO);
        open.add(server);
        assertThat(server.awaitReady(Duration.ofSeconds(120))).as("the server came up").isTrue();
        return server;
    }

    private static ValidSubmission java(String source) {
        return new ValidSubmission("warm", Language.JAVA, source, List.of(), LanguageCatalog.defaults().entry(Language.JAVA).defaults(),
                List.of(), List.of(), false, Submission.Compare.defaults(), false);
    }

    private static Builder builder(JavaCompileServer server) {
        return builder(server, JAVA);
    }

    /** A builder whose Java compile limits are {@code limits}: the server it is given must enforce the same (as the service wires them). */
    private static Builder builder(JavaCompileServer server, Limits limits) {
        return new Builder(TestSandbox.pool(), CompileLimits.uniform(limits), 64 * 1024,
                new PrecompiledHeader(Path.of("/nonexistent")), Optional.ofNullable(server));
    }

    @Test
    void compilesThroughTheServerAnswerLikeJavac() throws Exception {
        JavaCompileServer server = server(15);
        assertThat(server.warmups()).as("warmed up once ready").isPositive();
        long before = server.compiles();
        BuildResult built = builder(server).build(java(APLUSB));
        assertThat(built).isInstanceOfSatisfying(BuildResult.Built.class,
                b -> assertThat(b.artifact().files()).containsKey("Main.class"));
        assertThat(server.compiles()).isEqualTo(before + 1);

        BuildResult broken = builder(server).build(java("public class Main { void f() { int x = \"s\"; } }\n"));
        assertThat(broken).isInstanceOfSatisfying(BuildResult.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(Status.COMPILATION_ERROR);
            assertThat(f.compileOutput()).startsWith("Main.java:1: error: incompatible types");
        });

        BuildResult packaged = builder(server).build(java("package p;\n" + APLUSB));
        assertThat(packaged).isInstanceOfSatisfying(BuildResult.Failed.class,
                f -> assertThat(f.message()).contains("no package statement"));
    }

    /** About 190 KB of ordinary methods: a second or more of javac's CPU even in a warm JVM. */
    private static String large() {
        StringBuilder s = new StringBuilder("public class Main {\n");
        for (int i = 0; i < 1500; i++) {
            s.append("  static long f").append(i).append("(long a) { long b = a * ").append(i)
                    .append("; for (int k = 0; k < 3; k++) b += Long.rotateLeft(b, k) ^ ").append(i).append("L; return b; }\n");
        }
        return s.append("  public static void main(String[] args) { System.out.println(f1(2)); } }\n").toString();
    }

    @Test
    void aCompileOverItsCpuLimitIsACompilationErrorAndTheServerComesBack() throws Exception {
        JavaCompileServer server = server(0.05);
        long restarts = server.restarts();
        // The service gives the server the Java compile limits the builder names in its message;
        // so does this test: the message names the 0.05 s the server enforced.
        Limits tight = new Limits(0.05, 0, 30, 786_432, 0, 0, 128, 131_072, 256);
        BuildResult r = builder(server, tight).build(java(large()));
        assertThat(r).isInstanceOfSatisfying(BuildResult.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(Status.COMPILATION_ERROR);
            assertThat(f.message()).isEqualTo("compilation exceeded its CPU time limit (0.05 s for java)");
        });
        await().atMost(Duration.ofSeconds(120)).until(() -> server.restarts() > restarts);
    }

    @Test
    void withoutAServerJavaCompilesWithPlainJavac() throws Exception {
        BuildResult built = builder(null).build(java(APLUSB));
        assertThat(built).isInstanceOf(BuildResult.Built.class);
    }
}
