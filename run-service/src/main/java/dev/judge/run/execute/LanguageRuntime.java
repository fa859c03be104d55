package dev.judge.run.execute;

import dev.judge.model.Artifact;
import dev.judge.model.Language;
import dev.judge.model.RunLimits;
import dev.judge.model.languages.CommandTemplate;
import dev.judge.model.languages.LanguageProfile;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.RunRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How each language's artifact runs in the box, from its profile's {@code run.command}, and the
 * sandbox limits a test's limits become. Java starts from the warm start-up archive instead. Memory
 * is the box's cgroup limit; address space is limited too only where the profile asks for it.
 */
public final class LanguageRuntime {

    public static final String JAVA_HOME = dev.judge.sandbox.Jdks.newestHome();
    /** JVM flags for short programs: one compiler tier, a serial collector, no perf data file. */
    public static final List<String> JAVA_FLAGS = List.of("-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1",
            "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1");

    private LanguageRuntime() {
    }

    public static List<String> command(Language language, RunLimits limits, List<String> arguments, JavaStartup.Startup java) {
        return command(language, limits, arguments, java, null);
    }

    /**
     * @param entry the artifact's entry: a file name, or for Java the class to start; null for the
     *     language's default
     */
    public static List<String> command(Language language, RunLimits limits, List<String> arguments, JavaStartup.Startup java,
            String entry) {
        List<String> cmd = new ArrayList<>();
        if (language == Language.JAVA) {
            cmd.add(JAVA_HOME + "/bin/java");
            cmd.addAll(java.options());
            cmd.addAll(List.of("-Xmx" + limits.memoryKb() + "k", "-Xss" + limits.stackKb() + "k"));
            cmd.addAll(JAVA_FLAGS);
            cmd.add("-XX:+ExitOnOutOfMemoryError");
            cmd.addAll(List.of("-cp", java.classPath(), entry != null ? entry : "Main"));
        } else {
            LanguageProfile p = language.profile();
            String file = entry != null ? entry : p.source();
            Map<String, String> values = new HashMap<>();
            values.put("entry", file);
            values.put("entryStem", file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file);
            values.put("javaHome", JAVA_HOME);
            values.put("mainClass", file);
            values.put("memoryKb", String.valueOf(limits.memoryKb()));
            values.put("heapKb", String.valueOf(Math.max(16_384, limits.memoryKb() * 3 / 4)));
            values.put("stackKb", String.valueOf(limits.stackKb()));
            values.put("nodeStackKb", String.valueOf(Math.max(984, limits.stackKb() * 3 / 4)));
            cmd.addAll(CommandTemplate.expand(p.run().command(), Map.of(), values));
        }
        cmd.addAll(arguments);
        return cmd;
    }

    /**
     * The request that runs an artifact of the language in a box.
     *
     * @param stdin the box file that is its standard input, or null for none
     */
    public static RunRequest request(Language language, RunLimits limits, List<String> arguments, JavaStartup.Startup java,
            String entry, String stdin, boolean stderrToStdout) {
        return new RunRequest(command(language, limits, arguments, java, entry), sandboxLimits(language, limits), stdin,
                environment(language), language == Language.JAVA ? java.directories() : directories(language), stderrToStdout);
    }

    /** Puts an artifact's files into a box, executables marked so. */
    public static void load(Box box, Artifact artifact) throws IOException {
        for (Map.Entry<String, byte[]> f : artifact.files().entrySet()) {
            box.writeFile(f.getKey(), f.getValue(), artifact.executable().contains(f.getKey()));
        }
    }

    public static Limits sandboxLimits(Language language, RunLimits l) {
        long addressSpace = language.profile().memoryMode() == LanguageProfile.MemoryMode.ADDRESS_SPACE ? l.memoryKb() : 0;
        return new Limits(l.cpuTimeSec(), l.cpuExtraTimeSec(), l.wallTimeSec(), l.memoryKb(), addressSpace, l.stackKb(),
                l.maxProcesses(), l.outputLimitKb(), language.profile().box().openFiles());
    }

    /** The box's variables for this language: the defaults and what its profile adds. */
    public static Map<String, String> environment(Language language) {
        return dev.judge.sandbox.BoxEnvironment.with(language.profile().box().environment());
    }

    /** The directories the language's runtime needs bound into the box. */
    public static List<String> directories(Language language) {
        return language.profile().box().directories();
    }
}
