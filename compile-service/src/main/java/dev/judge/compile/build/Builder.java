package dev.judge.compile.build;

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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Compiles a submission inside a sandbox box. The compiler's input is as untrusted as the program. */
public final class Builder implements ProgramBuilder {

    private static final Map<String, String> ENVIRONMENT = Map.of("PATH", "/usr/bin:/bin", "HOME", "/box", "LANG", "C.UTF-8");

    private final BoxPool pool;
    private final Limits limits;
    private final int outputBytes;
    private static final Pattern VERSION = Pattern.compile("[0-9][0-9A-Za-z.+~-]{0,63}");

    private final Map<Language, Toolchains.Installed> installed = new EnumMap<>(Language.class);

    public Builder(BoxPool pool, Limits limits, int outputBytes) {
        this.pool = pool;
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
        RunResult r = pool.withBox(box -> box.run(new RunRequest(t.versionCommand(), limits, null, ENVIRONMENT, List.of(), true)));
        String version = r.stdoutText().trim();
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
        Box box = pool.acquire();
        long start = System.nanoTime();
        try {
            box.writeFile(toolchain.sourceFile(), submission.source().getBytes(StandardCharsets.UTF_8), false);
            RunResult r = box.run(new RunRequest(toolchain.compile(submission.compilerOptions()), limits, null, ENVIRONMENT,
                    List.of(), true));
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (r.outcome() == Outcome.INTERNAL_ERROR) {
                return new BuildResult.Failed(Status.INTERNAL_ERROR, null, r.message(), ms);
            }
            if (r.outcome() != Outcome.OK) {
                return new BuildResult.Failed(Status.COMPILATION_ERROR, bounded(r), failure(r), ms);
            }
            Optional<String> noEntryPoint = toolchain.missingEntryPoint(box.listFiles());
            if (noEntryPoint.isPresent()) {
                return new BuildResult.Failed(Status.COMPILATION_ERROR, bounded(r), noEntryPoint.get(), ms);
            }
            return new BuildResult.Built(collect(box, toolchain), ms);
        } catch (IOException e) {
            return new BuildResult.Failed(Status.INTERNAL_ERROR, null, "compile box: " + e.getMessage(),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            pool.release(box);
        }
    }

    private Artifact collect(Box box, Toolchain toolchain) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> executable = new java.util.ArrayList<>();
        for (String name : box.listFiles()) {
            if (toolchain.isArtifactFile(name)) {
                files.put(name, box.readFile(name, Integer.MAX_VALUE - 8).orElseThrow());
                if (toolchain.executable(name)) {
                    executable.add(name);
                }
            }
        }
        if (files.isEmpty()) {
            throw new IOException("the compiler left no artifact");
        }
        return new Artifact(files, executable);
    }

    private String bounded(RunResult r) {
        byte[] out = r.stdout();
        String text = new String(out, 0, Math.min(out.length, outputBytes), StandardCharsets.UTF_8);
        return r.stdoutBytes() > outputBytes ? text + "\n[compiler output truncated]" : text;
    }

    private static String failure(RunResult r) {
        return switch (r.outcome()) {
            case TIME_LIMIT -> "compilation exceeded its time limit";
            case MEMORY_LIMIT -> "compilation exceeded its memory limit";
            case OUTPUT_LIMIT -> "compilation output exceeded its size limit";
            default -> null;
        };
    }
}
