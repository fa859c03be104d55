package dev.judge.compile.build;

import dev.judge.model.Language;
import dev.judge.model.languages.CommandTemplate;
import dev.judge.model.languages.LanguageProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a language is built inside the box, read from its profile: the entry file's name, the compile
 * (or syntax check) command, the command that prints the toolchain's version, and which files form
 * the artifact. A language without a compile step ships its sources as they are.
 */
public final class Toolchain {

    private static final String JAVA_HOME = dev.judge.sandbox.Jdks.newestHome();

    private final Language language;
    private final LanguageProfile profile;

    private Toolchain(Language language) {
        this.language = language;
        this.profile = language.profile();
    }

    public static Toolchain of(Language language) {
        return new Toolchain(language);
    }

    public Language language() {
        return language;
    }

    String product() {
        return profile.toolchain().product();
    }

    /** The file a single-source submission is written to. */
    String sourceFile() {
        return profile.source();
    }

    /**
     * The file a single source is written to: the language's file name, except for a Java source
     * whose public top-level class has another name (javac needs {@code Different.java} for it).
     */
    String sourceFileFor(String source) {
        return language == Language.JAVA ? JvmMainClass.sourceFileName(source, sourceFile()) : sourceFile();
    }

    /** Whether anything runs before the tests (a compiler or a syntax check). */
    boolean compiles() {
        return profile.compile() != null;
    }

    /** Whether what runs before the tests only checks the sources (the artifact is then the sources). */
    boolean checksOnly() {
        return profile.compile() == null || profile.compile().checkOnly();
    }

    /** Whether every host file the toolchain needs is there. */
    public boolean installed() {
        return profile.toolchain().requires().stream().allMatch(f -> Files.exists(Path.of(expand(f))));
    }

    /** The compile command for these sources ({@code entry} first) and the submission's options. */
    List<String> compile(List<String> options, String entry, List<String> sources) {
        List<String> ordered = new ArrayList<>(List.of(entry));
        sources.stream().filter(s -> !s.equals(entry) && takes(s)).sorted().forEach(ordered::add);
        return CommandTemplate.expand(profile.compile().command(),
                Map.of("sources", ordered, "options", options == null ? List.of() : options),
                Map.of("entry", entry, "entryStem", stem(entry), "javaHome", JAVA_HOME));
    }

    /**
     * The program's entry file: the one the submission names, else the language's file name when
     * the program has it, else its first file with one of the language's extensions.
     */
    Optional<String> entry(String named, List<String> files) {
        if (named != null) {
            return files.contains(named) ? Optional.of(named) : Optional.empty();
        }
        if (files.contains(sourceFile())) {
            return Optional.of(sourceFile());
        }
        return files.stream().filter(this::takes).findFirst();
    }

    /** What a program without an entry point lacks, for its COMPILATION_ERROR. */
    String noEntryMessage(List<String> files) {
        return "no entry point: expected " + sourceFile() + " or a file ending in ."
                + String.join(", .", profile.extensions()) + " (or name one as \"entry\"), got " + files;
    }

    /** Whether a file name has one of the language's extensions. */
    boolean takes(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && profile.extensions().contains(name.substring(dot + 1));
    }

    /** The command that prints the toolchain's version. */
    List<String> versionCommand() {
        return profile.toolchain().version().stream().map(Toolchain::expand).toList();
    }

    /** The version in what {@link #versionCommand()} printed, if it has one. */
    Optional<String> version(String output) {
        String text = output.trim();
        if (profile.toolchain().versionPattern() == null) {
            return Optional.of(text);
        }
        Matcher m = Pattern.compile(profile.toolchain().versionPattern()).matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The directory rules and variables the toolchain needs in the box. */
    List<String> directories() {
        return profile.box().directories();
    }

    Map<String, String> environment() {
        return profile.box().environment();
    }

    /** Whether a file left in the box after compiling belongs to the artifact. */
    boolean isArtifactFile(String name, List<String> sources) {
        if (checksOnly()) {
            return sources.contains(name);
        }
        return !name.startsWith("judge.") && profile.compile().artifact().stream().anyMatch(glob -> matches(glob, name));
    }

    boolean executable(String name) {
        return profile.compile() != null && !name.startsWith("judge.")
                && profile.compile().executable().stream().anyMatch(glob -> matches(glob, name));
    }

    /**
     * What a compiled Java program starts from: the class declaring {@code public static void
     * main(String[])} ({@code Main} first, then the entry file's class, then the first by name); null
     * for other languages, whose entry is a file.
     *
     * @return empty when a Java program has no such class
     */
    Optional<String> mainClass(Map<String, byte[]> artifactFiles, String entry) {
        if (!startsFromMainClass()) {
            return Optional.of("");
        }
        return JvmMainClass.find(artifactFiles, stem(entry));
    }

    /** Whether the program starts from a class (Java, and JVM languages whose run command names {@code {mainClass}}). */
    boolean startsFromMainClass() {
        return language == Language.JAVA || profile.run().command().stream().anyMatch(a -> a.contains("{mainClass}"));
    }

    /** The COMPILATION_ERROR message of a Java program without a class to start. */
    static String noMainClass() {
        return "no class declares public static void main(String[] args) in the default package: declare one, "
                + "with no package statement (it would put the classes in a folder the judge does not start from)";
    }

    /** The JDK Java programs are compiled with (the newest installed). */
    public static String javaHome() {
        return JAVA_HOME;
    }

    /** The flags every C++ compile uses (the precompiled header is built for exactly these). */
    static List<String> cppFlags() {
        List<String> command = Language.CPP.profile().compile().command();
        return command.subList(1, command.indexOf("-o"));
    }

    private static String expand(String s) {
        return s.replace("{javaHome}", JAVA_HOME);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean matches(String glob, String name) {
        return name.matches(Pattern.quote(glob).replace("*", "\\E[^/]*\\Q"));
    }
}
