package dev.judge.run.execute;

import dev.judge.model.Language;
import dev.judge.model.RunLimits;
import dev.judge.run.javawarm.JavaStartup;
import dev.judge.sandbox.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * How each language's artifact runs in the box, and the sandbox limits a test's limits become.
 * JVMs and Node are limited by cgroup memory and a process count, never by address space.
 */
public final class LanguageRuntime {

    public static final String JAVA_HOME = dev.judge.sandbox.Jdks.newestHome();
    /** JVM flags for short programs: one compiler tier, a serial collector, no perf data file. */
    public static final List<String> JAVA_FLAGS = List.of("-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1",
            "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1");

    private LanguageRuntime() {
    }

    public static List<String> command(Language language, RunLimits limits, List<String> arguments, JavaStartup.Startup java) {
        List<String> cmd = new ArrayList<>(switch (language) {
            case C, CPP -> List.of("/box/prog");
            case JAVA -> {
                List<String> jvm = new ArrayList<>(List.of(JAVA_HOME + "/bin/java"));
                jvm.addAll(java.options());
                jvm.addAll(List.of("-Xmx" + limits.memoryKb() + "k", "-Xss" + limits.stackKb() + "k"));
                jvm.addAll(JAVA_FLAGS);
                jvm.addAll(List.of("-cp", java.classPath(), "Main"));
                yield jvm;
            }
            case PYTHON -> List.of("/usr/bin/python3", "-B", "/box/main.py");
            case JAVASCRIPT -> List.of("/usr/bin/node", "--stack-size=" + Math.max(984, limits.stackKb() * 3 / 4),
                    "/box/main.js");
        });
        cmd.addAll(arguments);
        return cmd;
    }

    public static Limits sandboxLimits(Language language, RunLimits l) {
        int openFiles = language == Language.JAVA || language == Language.JAVASCRIPT ? 256 : 64;
        return new Limits(l.cpuTimeSec(), l.cpuExtraTimeSec(), l.wallTimeSec(), l.memoryKb(), 0, l.stackKb(),
                l.maxProcesses(), l.outputLimitKb(), openFiles);
    }
}
