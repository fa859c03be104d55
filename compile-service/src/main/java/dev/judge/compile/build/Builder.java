package dev.judge.compile.build;

import dev.judge.compile.javawarm.JavaCompileServer;
import dev.judge.model.Artifact;
import dev.judge.model.Language;
import dev.judge.model.ValidSubmission;
import dev.judge.model.Status;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.BoxPool;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.Outcome;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import dev.judge.state.Toolchains;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Compiles a submission inside a sandbox box. The compiler's input is as untrusted as the program. */
public final class Builder implements ProgramBuilder {


    private final BoxPool pool;
    private final CompileLimits limits;
    private final int outputBytes;
    private static final Pattern VERSION = Pattern.compile("[0-9][0-9A-Za-z.+~-]{0,63}");

    private final Map<Language, Toolchains.Installed> installed = new HashMap<>();

    private final PrecompiledHeader pch;
    private final Optional<JavaCompileServer> javaServer;

    /** @param javaServer the warm Java compile path, tried first for Java (plain javac when it cannot answer) */
    public Builder(BoxPool pool, CompileLimits limits, int outputBytes, PrecompiledHeader pch,
            Optional<JavaCompileServer> javaServer) {
        this.pool = pool;
        this.pch = pch;
        this.javaServer = javaServer;
        this.limits = limits;
        this.outputBytes = outputBytes;
    }

    /**
     * The language's toolchain and its version, asked once, inside the sandbox.
     *
     * @throws ToolchainUnavailableException when the toolchain cannot be run in the sandbox
     */
    @Override
    public synchronized Toolchains.Installed toolchain(Language language) throws InterruptedException {
        Toolchains.Installed known = installed.get(language);
        if (known != null) {
            return known;
        }
        Toolchain t = Toolchain.of(language);
        if (!t.installed()) {
            throw new ToolchainUnavailableException(language.wireName() + " is not installed on this host (missing "
                    + language.profile().toolchain().requires() + ")");
        }
        RunResult r = pool.withBox(box -> box.run(new RunRequest(t.versionCommand(), limits.of(language), null,
                environment(t), t.directories(), true)));
        String version = t.version(r.stdoutText()).orElse(r.stdoutText().trim());
        if (r.outcome() != Outcome.OK || !VERSION.matcher(version).matches()) {
            throw new ToolchainUnavailableException("cannot run " + t.versionCommand() + " in the sandbox: " + r.outcome()
                    + " " + (r.message() != null ? r.message() : version));
        }
        Toolchains.Installed toolchain = new Toolchains.Installed(language, t.product(), version);
        installed.put(language, toolchain);
        return toolchain;
    }

    @Override
    public BuildResult build(ValidSubmission submission) throws InterruptedException {
        Toolchain toolchain = Toolchain.of(submission.language());
        Limits languageLimits = limits.of(submission.language());
        if (submission.language() == Language.JAVA && javaServer.isPresent() && submission.files().isEmpty()
                && toolchain.sourceFileFor(submission.source()).equals(toolchain.sourceFile())) {
            long start = System.nanoTime();
            Optional<JavaCompileServer.Compiled> warm = javaServer.get().compile(submission.source(),
                    submission.compilerOptions());
            if (warm.isPresent()) {
                return fromServer(warm.get(), toolchain, languageLimits, (System.nanoTime() - start) / 1_000_000);
            }
        }
        Map<String, byte[]> sources = sources(submission, toolchain);
        Optional<String> entry = toolchain.entry(submission.entry(), List.copyOf(sources.keySet()));
        if (entry.isEmpty()) {
            return new BuildResult.Failed(Status.COMPILATION_ERROR, null, toolchain.noEntryMessage(List.copyOf(sources.keySet())), 0);
        }
        String entryName = entry.get().equals(toolchain.sourceFile()) ? null : entry.get();
        if (!toolchain.compiles()) {
            return new BuildResult.Built(new Artifact(sources, List.of(), entryName), 0);
        }
        Box box = pool.acquire();
        long start = System.nanoTime();
        try {
            for (Map.Entry<String, byte[]> f : sources.entrySet()) {
                box.writeFile(f.getKey(), f.getValue(), false);
            }
            RunResult r = box.run(request(submission, languageLimits, entry.get(), List.copyOf(sources.keySet())));
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (r.outcome() == Outcome.INTERNAL_ERROR) {
                return new BuildResult.Failed(Status.INTERNAL_ERROR, null, r.message(), ms);
            }
            if (r.outcome() != Outcome.OK) {
                return new BuildResult.Failed(Status.COMPILATION_ERROR, bounded(r),
                        CompileLimits.exceeded(submission.language(), languageLimits, r), ms);
            }
            List<String> left = box.listFiles();
            if (submission.language() == Language.JAVA && left.stream().noneMatch(n -> n.endsWith(".class"))) {
                // javac put every class in a package's folder: nothing the judge can start.
                return new BuildResult.Failed(Status.COMPILATION_ERROR, bounded(r), Toolchain.noMainClass(), ms);
            }
            Artifact built = collect(box, left, toolchain, List.copyOf(sources.keySet()), entryName);
            Optional<String> mainClass = toolchain.mainClass(built.files(), entry.get());
            if (mainClass.isEmpty()) {
                return new BuildResult.Failed(Status.COMPILATION_ERROR, bounded(r), Toolchain.noMainClass(), ms);
            }
            return new BuildResult.Built(mainClass.get().isEmpty() ? built : new Artifact(built.files(), built.executable(),
                    submission.language() == Language.JAVA && mainClass.get().equals("Main") ? null : mainClass.get()), ms);
        } catch (IOException e) {
            return new BuildResult.Failed(Status.INTERNAL_ERROR, null, "compile box: " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.release(box);
        }
    }

    private BuildResult fromServer(JavaCompileServer.Compiled c, Toolchain toolchain, Limits languageLimits, long ms) {
        String output = bounded(c.output());
        return switch (c.status()) {
            case "ok" -> {
                Optional<String> mainClass = toolchain.mainClass(c.artifact().files(), toolchain.sourceFile());
                yield mainClass.isEmpty()
                        ? new BuildResult.Failed(Status.COMPILATION_ERROR, output, Toolchain.noMainClass(), ms)
                        : new BuildResult.Built(mainClass.get().equals("Main") ? c.artifact()
                                : new Artifact(c.artifact().files(), c.artifact().executable(), mainClass.get()), ms);
            }
            case "cpu", "wall" -> new BuildResult.Failed(Status.COMPILATION_ERROR, output,
                    CompileLimits.exceededTime(Language.JAVA, languageLimits, c.status().equals("cpu")), ms);
            default -> new BuildResult.Failed(Status.COMPILATION_ERROR, output, null, ms);
        };
    }

    /** The compile, with the precompiled header's directory ahead of the system headers once it exists. */
    RunRequest request(ValidSubmission submission, Limits languageLimits) {
        Toolchain toolchain = Toolchain.of(submission.language());
        return request(submission, languageLimits, toolchain.sourceFile(), List.of(toolchain.sourceFile()));
    }

    private RunRequest request(ValidSubmission submission, Limits languageLimits, String entry, List<String> sources) {
        Toolchain toolchain = Toolchain.of(submission.language());
        List<String> command = toolchain.compile(submission.compilerOptions(), entry, sources);
        Optional<java.nio.file.Path> header = submission.language() == Language.CPP ? pch.directory() : Optional.empty();
        if (header.isEmpty()) {
            return new RunRequest(command, languageLimits, null, environment(toolchain), toolchain.directories(), true);
        }
        List<String> withHeader = new java.util.ArrayList<>(command);
        withHeader.addAll(1, List.of("-I", PrecompiledHeader.MOUNT));
        List<String> rules = new java.util.ArrayList<>(toolchain.directories());
        rules.add(PrecompiledHeader.MOUNT + "=" + header.get());
        return new RunRequest(withHeader, languageLimits, null, environment(toolchain), rules, true);
    }

    /** The submission's files by name in the box: the source under the language's file name, then the others. */
    private static Map<String, byte[]> sources(ValidSubmission submission, Toolchain toolchain) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (submission.source() != null && !submission.source().isEmpty()) {
            files.put(toolchain.sourceFileFor(submission.source()), submission.source().getBytes(StandardCharsets.UTF_8));
        }
        files.putAll(submission.files());
        return files;
    }

    /** The box's variables: the defaults and what the language's profile adds. */
    private static Map<String, String> environment(Toolchain toolchain) {
        return dev.judge.sandbox.BoxEnvironment.with(toolchain.environment());
    }

    private Artifact collect(Box box, List<String> left, Toolchain toolchain, List<String> sources, String entry) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> executable = new java.util.ArrayList<>();
        for (String name : left) {
            if (toolchain.isArtifactFile(name, sources)) {
                files.put(name, box.readFile(name, Integer.MAX_VALUE - 8).orElseThrow());
                if (toolchain.executable(name)) {
                    executable.add(name);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("the compiler left no artifact");
        }
        return new Artifact(files, executable, entry);
    }

    private String bounded(RunResult r) {
        return bounded(r.stdout(), r.stdoutBytes());
    }

    private String bounded(String output) {
        byte[] out = output.getBytes(StandardCharsets.UTF_8);
        return bounded(out, out.length);
    }

    /** The compiler's output up to the configured size; {@code total} is how much it wrote in all. */
    private String bounded(byte[] out, long total) {
        String text = new String(out, 0, Math.min(out.length, outputBytes), StandardCharsets.UTF_8);
        return total > outputBytes ? text + "\n[compiler output truncated]" : text;
    }
}
