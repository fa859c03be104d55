package dev.judge.compile.build;

import dev.judge.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How each language is built inside the box: the source's file name, the compile (or syntax
 * check) command, the command that prints the toolchain's version (the version alone, as the tool
 * reports it for machines), and which files form the artifact. Python and JavaScript are only checked, so a syntax error is a compile error.
 */
public enum Toolchain {
    C(Language.C, "GCC", "main.c", List.of("/usr/bin/gcc", "-dumpfullversion")) {
        @Override
        List<String> compile(List<String> options) {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/gcc", "-O2", "-std=gnu17", "-pipe", "-o", "prog", "main.c"));
            cmd.addAll(options);
            cmd.add("-lm");
            return cmd;
        }
    },
    CPP(Language.CPP, "GCC", "main.cpp", List.of("/usr/bin/g++", "-dumpfullversion")) {
        @Override
        List<String> compile(List<String> options) {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/g++"));
            cmd.addAll(cppFlags());
            cmd.addAll(List.of("-o", "prog", "main.cpp"));
            cmd.addAll(options);
            return cmd;
        }
    },
    JAVA(Language.JAVA, "OpenJDK", "Main.java", List.of("/bin/sh", "-c",
            ". " + Runtimes.JAVA_HOME + "/release && printf '%s' \"$JAVA_VERSION\"")) {
        @Override
        List<String> compile(List<String> options) {
            List<String> cmd = new ArrayList<>(List.of(Runtimes.JAVA_HOME + "/bin/javac", "-J-Xshare:auto",
                    "-J-XX:-UsePerfData", "-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-J-Xmx384m",
                    "-encoding", "UTF-8", "-d", "."));
            cmd.addAll(options);
            cmd.add("Main.java");
            return cmd;
        }
    },
    PYTHON(Language.PYTHON, "Python", "main.py", List.of(Runtimes.PYTHON, "-c",
            "import platform; print(platform.python_version())")) {
        @Override
        List<String> compile(List<String> options) {
            return List.of(Runtimes.PYTHON, "-c",
                    "import sys; compile(open('main.py', 'rb').read(), 'main.py', 'exec')");
        }
    },
    JAVASCRIPT(Language.JAVASCRIPT, "Node.js", "main.js", List.of(Runtimes.NODE, "-p", "process.versions.node")) {
        @Override
        List<String> compile(List<String> options) {
            return List.of(Runtimes.NODE, "--check", "main.js");
        }
    };

    private final Language language;
    private final String product;
    private final String sourceFile;
    private final List<String> versionCommand;

    /** @param versionCommand prints the toolchain's version and nothing else */
    Toolchain(Language language, String product, String sourceFile, List<String> versionCommand) {
        this.language = language;
        this.product = product;
        this.sourceFile = sourceFile;
        this.versionCommand = versionCommand;
    }

    String product() {
        return product;
    }

    abstract List<String> compile(List<String> options);

    /** The JDK Java programs are compiled with (the newest installed). */
    public static String javaHome() {
        return Runtimes.JAVA_HOME;
    }

    /** The flags every C++ compile uses (the precompiled header is built for exactly these). */
    static List<String> cppFlags() {
        return List.of("-O2", "-std=gnu++20", "-pipe");
    }

    public Language language() {
        return language;
    }

    String sourceFile() {
        return sourceFile;
    }

    List<String> versionCommand() {
        return versionCommand;
    }

    /** Whether a file left in the box after compiling belongs to the artifact. */
    boolean isArtifactFile(String name) {
        return switch (this) {
            case C, CPP -> name.equals("prog");
            case JAVA -> name.endsWith(".class");
            case PYTHON, JAVASCRIPT -> name.equals(sourceFile);
        };
    }

    /**
     * Why the compiled files have no entry point the runtime can start, if they have none: a Java
     * program runs as {@code java Main}, so it needs class {@code Main} in the default package
     * (a {@code package} declaration puts it in a subdirectory).
     */
    Optional<String> missingEntryPoint(List<String> files) {
        if (this != JAVA || files.contains("Main.class")) {
            return Optional.empty();
        }
        return Optional.of("no class Main in the default package: the program must declare class Main with "
                + "public static void main(String[] args), and no package statement");
    }

    boolean executable(String name) {
        return name.equals("prog");
    }

    public static Toolchain of(Language language) {
        for (Toolchain t : values()) {
            if (t.language == language) {
                return t;
            }
        }
        throw new IllegalArgumentException("no toolchain for " + language);
    }

    /** Where the runtimes are on these machines (Debian packages; the newest JDK installed). */
    static final class Runtimes {
        static final String JAVA_HOME = dev.judge.sandbox.Jdks.newestHome();
        static final String PYTHON = "/usr/bin/python3";
        static final String NODE = "/usr/bin/node";

        private Runtimes() {
        }
    }
}
