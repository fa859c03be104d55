package dev.judge.model.languages;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine knows of one language, declared in {@code languages/<name>.yaml}: its names,
 * the toolchain and how to find its version, how a program is built and run in the box, its limits
 * and what its runtime needs in the box. Compile-service, run-service and the catalogue all read it;
 * adding a language is one such file plus its tests.
 *
 * @param name the wire name submissions use
 * @param displayName the human name, without a version
 * @param aliases other names a submission may use
 * @param extensions the file extensions it takes, without the dot (two languages may share one)
 * @param judge0 its Judge0 CE ids and the name shown there, or null where Judge0 has none
 * @param toolchain how to tell it is installed and which version
 * @param source the file a single-source submission is written to (the default entry point)
 * @param compile the build step, or null for none (the artifact is then the sources)
 * @param run how a test runs the artifact
 * @param memoryMode how memory is limited ({@link MemoryMode#CGROUP} for runtimes reserving big address space)
 * @param compilerOptions which options a submission may pass: {@code gcc}, {@code javac} or {@code none}
 * @param box what the runtime needs in the box beyond the defaults
 * @param notes entry-point rules for several files, and why this toolchain
 */
public record LanguageProfile(
        String name,
        String displayName,
        List<String> aliases,
        List<String> extensions,
        Judge0 judge0,
        Toolchain toolchain,
        String source,
        Compile compile,
        Run run,
        MemoryMode memoryMode,
        String compilerOptions,
        Box box,
        String notes) {

    public LanguageProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
        Objects.requireNonNull(toolchain, "toolchain");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(run, "run");
        memoryMode = memoryMode == null ? MemoryMode.CGROUP : memoryMode;
        compilerOptions = compilerOptions == null ? "none" : compilerOptions;
        box = box == null ? new Box(List.of(), Map.of(), 64) : box;
        notes = notes == null ? "" : notes;
    }

    /** How memory is limited in the box. */
    public enum MemoryMode {
        /** The box's cgroup: what the program touches, not what its runtime reserves. */
        @com.fasterxml.jackson.annotation.JsonProperty("cgroup") CGROUP,
        /** Address space per process as well (RLIMIT_AS), for runtimes that reserve little. */
        @com.fasterxml.jackson.annotation.JsonProperty("address-space") ADDRESS_SPACE
    }

    /** Judge0 CE's ids for the language and its name there ({@code {version}} is replaced). */
    public record Judge0(List<Integer> ids, String name) {
        public Judge0 {
            ids = List.copyOf(ids);
            Objects.requireNonNull(name, "judge0.name");
        }
    }

    /**
     * @param product what the version is the version of (GCC, rustc, OpenJDK)
     * @param requires host files that must all exist for the language to be installed
     * @param version the command, run in a box, that prints the version
     * @param versionPattern a regular expression whose first group is the version, or null when the
     *     whole output is the version
     */
    public record Toolchain(String product, List<String> requires, List<String> version, String versionPattern) {
        public Toolchain {
            Objects.requireNonNull(product, "toolchain.product");
            requires = List.copyOf(requires);
            version = List.copyOf(version);
        }
    }

    /**
     * @param command the compiler's command line (a template: {@link CommandTemplate})
     * @param artifact globs of the files that form the artifact
     * @param executable globs of the artifact's files to mark executable
     * @param check whether the step only checks the sources (the artifact is then the sources)
     * @param limits one compilation's limits
     */
    public record Compile(List<String> command, List<String> artifact, List<String> executable, Boolean check,
            Limits limits) {
        public Compile {
            command = List.copyOf(command);
            artifact = artifact == null ? List.of() : List.copyOf(artifact);
            executable = executable == null ? List.of() : List.copyOf(executable);
            check = check != null && check;
            Objects.requireNonNull(limits, "compile.limits");
        }

        public boolean checkOnly() {
            return check;
        }
    }

    /**
     * @param command the run's command line (a template)
     * @param defaults what a test gets when it asks for nothing
     * @param caps the most a test may ask for
     * @param concurrency how many tests of this language one run-service instance runs at once
     * @param outOfMemoryExitCode the exit code the runtime ends with when its own heap limit is reached
     *     (a JVM with {@code -XX:+ExitOnOutOfMemoryError}: 3), judged MEMORY_LIMIT_EXCEEDED; null for none
     */
    public record Run(List<String> command, Limits defaults, Limits caps, Integer concurrency, Integer outOfMemoryExitCode) {
        public Run {
            command = List.copyOf(command);
            Objects.requireNonNull(defaults, "run.defaults");
            Objects.requireNonNull(caps, "run.caps");
            concurrency = concurrency == null ? 15 : concurrency;
        }
    }

    /** Limits as a profile declares them; a missing value takes the engine's default for the step. */
    public record Limits(Double cpuSec, Double wallSec, Long memoryKb, Integer processes, Long stackKb,
            Long outputKb) {
    }

    /**
     * @param directories host paths bound read-only at the same path (beyond /usr, /bin and /lib)
     * @param environment variables set in the box beyond PATH, HOME and LANG
     * @param openFiles open file descriptors the runtime needs
     */
    public record Box(List<String> directories, Map<String, String> environment, Integer openFiles) {
        public Box {
            directories = directories == null ? List.of() : List.copyOf(directories);
            environment = environment == null ? Map.of() : Map.copyOf(environment);
            openFiles = openFiles == null ? 64 : openFiles;
        }
    }
}
