package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compilers and runtimes, always run inside the box. */
public final class Toolchains {

    public static final String JAVA_HOME = Jdks.newestHome();
    public static final Map<String, String> PATH = Map.of("PATH", "/usr/bin:/bin");

    private Toolchains() {
    }

    public static Limits compileLimits() {
        return new Limits(10, 0, 20, 524_288, 0, 0, 32, 65_536, 256);
    }

    /** Compiles C (or C++ when the name ends in .cpp) in the box to /box/prog; fails the test if it does not compile. */
    public static void compile(Box box, String fileName, String source, String... flags) {
        RunResult r = tryCompile(box, fileName, source, flags);
        assertThat(r.outcome()).as("compiling %s: %s", fileName, r.stderrText()).isEqualTo(Outcome.OK);
    }

    public static RunResult tryCompile(Box box, String fileName, String source, String... flags) {
        write(box, fileName, source);
        List<String> command = new ArrayList<>();
        command.add(fileName.endsWith(".cpp") ? "/usr/bin/g++" : "/usr/bin/gcc");
        command.addAll(List.of("-O2", "-o", "prog", fileName));
        command.addAll(List.of(flags));
        return box.run(new RunRequest(command, compileLimits(), null, PATH, List.of(), false));
    }

    public static void write(Box box, String fileName, String content) {
        try {
            box.writeFile(fileName, content.getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JVM inside the box: limited by cgroup memory and a process count, not by address space. */
    public static RunRequest java(Limits limits, String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME + "/bin/java", "-Xshare:auto", "-XX:-UsePerfData",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss64m"));
        command.addAll(List.of(args));
        return new RunRequest(command, limits, null, PATH, List.of(), false);
    }

    public static RunRequest javac(String... files) {
        List<String> command = new ArrayList<>(List.of(JAVA_HOME + "/bin/javac", "-J-Xshare:auto", "-J-XX:-UsePerfData",
                "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-J-Xmx256m"));
        command.addAll(List.of(files));
        return new RunRequest(command, compileLimits().withProcesses(128), null, PATH, List.of(), false);
    }

    public static RunRequest python(Limits limits, String file) {
        return new RunRequest(List.of("/usr/bin/python3", file), limits, null, PATH, List.of(), false);
    }
}
