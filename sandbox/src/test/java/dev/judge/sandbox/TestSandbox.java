package dev.judge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The sandbox under test: the launcher named by {@code -Dsandbox.binary} (ours by default) and a
 * pool of boxes shared by the whole test JVM. Shared with other modules through the test-jar.
 */
public final class TestSandbox {

    /** Box ids the tests use, away from the ids the services claim. */
    public static final int FIRST_TEST_BOX = 900;
    public static final int FIRST_UID = 60000;

    private static BoxPool pool;

    private TestSandbox() {
    }

    public static Path binary() {
        String configured = System.getProperty("sandbox.binary");
        Path path = configured != null ? Path.of(configured) : Path.of("target/native/judgebox").toAbsolutePath();
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("No sandbox launcher at " + path + ": build it with mvn -B verify");
        }
        return path;
    }

    /** Whether the launcher under test is ours (judgebox), not the official isolate. */
    public static boolean isOurs() {
        return binary().getFileName().toString().startsWith("judgebox");
    }

    public static SandboxSettings settings(int firstBox, int lastBox, int poolSize) {
        return new SandboxSettings(binary(), Path.of("/run/judge/test-boxes"), firstBox, lastBox, poolSize, true,
                1 << 20, Duration.ofSeconds(10));
    }

    /** The shared pool: two boxes, as many as the machine has cores. */
    public static synchronized BoxPool pool() {
        if (pool == null) {
            try {
                pool = new BoxPool(settings(FIRST_TEST_BOX, FIRST_TEST_BOX + 50, 2));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(pool::close));
        }
        return pool;
    }
}
