package dev.judge.run.javawarm;

import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.HostFiles;
import dev.judge.sandbox.Jdks;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.Outcome;
import dev.judge.sandbox.ProgramJar;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How Java programs start: with a start-up archive of the JDK classes short programs use, trained
 * on {@link WarmupProgram} inside a box, so that the archive's paths are the ones runs see. On JDK
 * 25 and later it is an AOT cache ({@code -XX:AOTCacheOutput}), on older JDKs a dynamic CDS archive.
 * The archive's class path is a jar ({@code /warm/warmup.jar}) that runs keep first on theirs, with
 * {@code /box} after it, as the archive requires. Built at start and again by the warm-up when it
 * no longer loads; when anything is missing or broken, programs start plain ({@link Mode#PLAIN}).
 */
public final class JavaStartup {

    private static final Logger log = LoggerFactory.getLogger(JavaStartup.class);
    /** Where runs see the archive's directory. */
    public static final String MOUNT = "/warm";
    private static final String JAR = MOUNT + "/warmup.jar";
    private static final Limits TRAINING = new Limits(30, 0, 60, 1_048_576, 0, 0, 64, 262_144, 256);

    /** Which start-up a Java program gets. */
    public enum Mode {
        AOT, CDS, PLAIN
    }

    /** What starting a program needs: JVM options before the class path, the class path, a directory rule. */
    public record Startup(Mode mode, List<String> options, String classPath, List<String> directories) {
    }

    private final String javaHome;
    private final Path cacheRoot;
    private final List<String> runtimeFlags;
    private volatile Startup current;
    /** The directory of the archive in use; null while programs start plain. */
    private volatile Path archiveDirectory;

    /** @param runtimeFlags the JVM flags runs use that shape the archive (GC, compiler, processors) */
    public JavaStartup(String javaHome, Path cacheRoot, List<String> runtimeFlags) {
        this.javaHome = javaHome;
        this.cacheRoot = cacheRoot;
        this.runtimeFlags = List.copyOf(runtimeFlags);
        this.current = plain();
    }

    private static Startup plain() {
        return new Startup(Mode.PLAIN, List.of("-Xshare:auto"), "/box", List.of());
    }

    public Startup current() {
        return current;
    }

    public String javaHome() {
        return javaHome;
    }

    private boolean aot() {
        return Jdks.feature(javaHome) >= 25;
    }

    private String archiveName() {
        return aot() ? "app.aot" : "app.jsa";
    }

    private Startup startup(Path dir) {
        String archive = MOUNT + "/" + archiveName();
        List<String> options = aot()
                ? List.of("-XX:AOTCache=" + archive, "-Xlog:disable")
                : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:disable");
        return new Startup(aot() ? Mode.AOT : Mode.CDS, options, JAR + ":/box", List.of(MOUNT + "=" + dir));
    }

    /**
     * Builds the archive (once per JDK and flags) in a box of {@code pool} and checks that it loads;
     * any failure leaves programs starting plain, and the log says why.
     */
    public synchronized Startup prepare(BoxPool pool) throws InterruptedException {
        try {
            Path dir = cacheRoot.resolve(key());
            if (!(Files.isRegularFile(dir.resolve(archiveName())) && loads(pool, dir))) {
                dir = build(pool, dir);
            }
            current = startup(dir);
            archiveDirectory = dir;
            log.info("Java programs start with {} ({})", current.mode(), dir.resolve(archiveName()));
        } catch (IOException | IllegalStateException e) {
            current = plain();
            archiveDirectory = null;
            log.warn("Java programs start plain (no start-up archive): {}", e.getMessage());
        }
        return current;
    }

    /** Whether the archive still loads (the warm-up asks); rebuilds it when it does not. */
    public Startup refresh(BoxPool pool) throws InterruptedException {
        Startup now = current;
        Path dir = archiveDirectory;
        if (dir != null && loads(pool, dir)) {
            return now;
        }
        return prepare(pool);
    }

    private String key() throws IOException {
        String release = Files.readString(Path.of(javaHome, "release"));
        return "jdk" + Jdks.feature(javaHome) + "-" + Integer.toHexString((release + runtimeFlags).hashCode());
    }

    private Path build(BoxPool pool, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(cacheRoot);
        Path staging = Files.createTempDirectory(cacheRoot, "building-");
        try {
            staging.toFile().setWritable(true, false);
            staging.toFile().setReadable(true, false);
            staging.toFile().setExecutable(true, false);
            ProgramJar.write(staging.resolve("warmup.jar"), WarmupProgram.class);
            List<String> cmd = new ArrayList<>(List.of(javaHome + "/bin/java"));
            cmd.add(aot() ? "-XX:AOTCacheOutput=" + MOUNT + "/" + archiveName()
                    : "-XX:ArchiveClassesAtExit=" + MOUNT + "/" + archiveName());
            cmd.addAll(List.of("-Xmx256m"));
            cmd.addAll(runtimeFlags);
            cmd.addAll(List.of("-cp", JAR, WarmupProgram.class.getName()));
            RunResult r = run(pool, cmd, MOUNT + "=" + staging + ":rw");
            if (r.outcome() != Outcome.OK || !Files.isRegularFile(staging.resolve(archiveName()))) {
                throw new IllegalStateException("training the archive failed: " + r.outcome() + " " + r.stdoutText().strip());
            }
            for (Path p : List.of(staging.resolve("warmup.jar"), staging.resolve(archiveName()))) {
                p.toFile().setReadable(true, false);
            }
            staging.toFile().setWritable(false, false);
            staging.toFile().setWritable(true, true);
            if (Files.exists(dir)) {
                HostFiles.deleteTree(dir);
            }
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            if (!loads(pool, dir)) {
                throw new IllegalStateException("the archive was built but does not load");
            }
            return dir;
        } finally {
            if (Files.exists(staging)) {
                HostFiles.deleteTree(staging);
            }
        }
    }

    /** A run that must use the archive ({@code AOTMode=on} / {@code -Xshare:on} fail otherwise). */
    private boolean loads(BoxPool pool, Path dir) throws InterruptedException {
        String archive = MOUNT + "/" + archiveName();
        List<String> cmd = new ArrayList<>(List.of(javaHome + "/bin/java"));
        cmd.addAll(aot() ? List.of("-XX:AOTCache=" + archive, "-XX:AOTMode=on")
                : List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"));
        cmd.add("-Xmx256m");
        cmd.addAll(runtimeFlags);
        cmd.addAll(List.of("-cp", JAR + ":/box", WarmupProgram.class.getName()));
        RunResult r = run(pool, cmd, MOUNT + "=" + dir);
        return r.outcome() == Outcome.OK && r.stdoutText().startsWith("3 ");
    }

    private static RunResult run(BoxPool pool, List<String> cmd, String directory) throws InterruptedException {
        return pool.withBox(box -> {
            try {
                box.writeFile("input.txt", "1 2\n".getBytes(StandardCharsets.UTF_8), false);
            } catch (IOException e) {
                return RunResult.internalError("cannot write the training input: " + e.getMessage());
            }
            return box.run(new RunRequest(cmd, TRAINING, "input.txt", dev.judge.sandbox.BoxEnvironment.DEFAULT, List.of(directory), true));
        });
    }
}
