package dev.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * One sandbox box, lent by a {@link BoxPool}. Files are put in and read back through it, and
 * commands run in it; give it back with {@link BoxPool#release(Box)}.
 */
public final class Box {

    private static final int SIGXFSZ = 25;

    /** The validator's feedback directory in a paired run ({@link #runPaired}), as its program sees it. */
    public static final String FEEDBACK_DIRECTORY = "/box/feedback";

    private final int id;
    private final Path directory;
    private final Path metaFile;
    private final Launcher launcher;
    private final SandboxSettings settings;
    private boolean broken;

    Box(int id, Path directory, Path metaFile, Launcher launcher, SandboxSettings settings) {
        this.id = id;
        this.directory = directory;
        this.metaFile = metaFile;
        this.launcher = launcher;
        this.settings = settings;
    }

    public int id() {
        return id;
    }

    /** The box's directory on the host; it is {@code /box} inside. */
    public Path directory() {
        return directory;
    }

    /** Puts a new file into the box (never overwriting, never through a link). */
    public void writeFile(String name, byte[] data, boolean executable) throws IOException {
        BoxFiles.write(directory, name, data, executable);
    }

    /** Reads back up to {@code cap} bytes of a file, only if it is a regular file. */
    public Optional<byte[]> readFile(String name, int cap) throws IOException {
        return BoxFiles.read(directory, name, cap).map(BoxFiles.Capture::bytes);
    }

    /** Names of the regular files directly in the box (links, directories and devices left out). */
    public java.util.List<String> listFiles() throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs a command. Never throws for a sandbox failure: that is an INTERNAL_ERROR result. */
    public RunResult run(RunRequest request) {
        try {
            prepareRun();
            Launcher.Result launched = launcher.run(id, request, metaFile);
            return interpret(launched.exitCode(), launched.output(), request);
        } catch (IOException | RuntimeException e) {
            broken = true;
            return RunResult.internalError("sandbox failure in box " + id + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            broken = true;
            return RunResult.internalError("interrupted while running in box " + id);
        }
    }

    /**
     * Runs an interactive pair: {@code submission} in this box and {@code validator} in
     * {@code validatorBox}, the submission's standard output the validator's standard input and
     * the validator's standard output the submission's standard input; nothing else is shared (two
     * boxes, two users, two PID namespaces). Both requests need a wall-time limit, and neither may
     * name a standard input file or merge standard error into standard output. When one side ends,
     * the other gets {@code grace} to end by itself before it is ended (a {@code TIME_LIMIT} of its
     * own, {@link PairedResult#endedByGrace()}). The validator finds an empty directory of its own
     * at {@link #FEEDBACK_DIRECTORY}; its files are read back afterwards (see
     * {@link PairedResult#feedback()}). Standard error of each side is captured as in {@link #run};
     * standard output went to the other side and is not. Never throws for a sandbox failure.
     */
    public PairedResult runPaired(Box validatorBox, RunRequest submission, RunRequest validator, Duration grace) {
        return runPaired(validatorBox, submission, validator, grace, java.util.Map.of());
    }

    /** Likewise, the validator's feedback directory holding {@code feedback} at the start (an earlier pass's files). */
    public PairedResult runPaired(Box validatorBox, RunRequest submission, RunRequest validator, Duration grace,
            java.util.Map<String, byte[]> feedback) {
        return new PairedRun(this, validatorBox).run(submission, validator, grace, feedback);
    }

    /**
     * Gives the next run of this box an empty feedback directory at {@link #FEEDBACK_DIRECTORY}, for
     * an output validator run on its own ({@link #runPaired} makes its own).
     */
    public void prepareFeedback() throws IOException {
        FeedbackDirectory.prepare(directory);
    }

    /** Likewise, holding {@code files} already (what a validator left in an earlier pass), owned by the box user. */
    public void prepareFeedback(java.util.Map<String, byte[]> files) throws IOException {
        FeedbackDirectory.prepare(directory, files);
    }

    /** The regular files a validator left in {@link #FEEDBACK_DIRECTORY}, by name (see {@link PairedResult#feedback()}). */
    public java.util.Map<String, byte[]> readFeedback() throws IOException {
        return FeedbackDirectory.read(directory);
    }

    /** Removes what an earlier run left for the driver (outputs, meta file). */
    void prepareRun() throws IOException {
        BoxFiles.delete(directory, Launcher.STDOUT);
        BoxFiles.delete(directory, Launcher.STDERR);
        Files.deleteIfExists(metaFile);
    }

    /** The run's result from the launcher's exit code and output and the box's meta file. */
    RunResult interpret(int exitCode, String launcherOutput, RunRequest request) throws IOException {
        MetaFile meta = MetaFile.read(metaFile);
        if (exitCode != 0 && exitCode != 1 || "XX".equals(meta.status())) {
            broken = true;
            String why = meta.values().getOrDefault("message", launcherOutput.trim());
            return RunResult.internalError("sandbox failure in box " + id + ": " + why);
        }
        RunResult result = toResult(request.limits(), meta);
        if (result.outcome() == Outcome.MEMORY_LIMIT) {
            broken = true;   // a fresh control group for the next run, whatever the launcher keeps
        }
        return result;
    }

    Path metaFile() {
        return metaFile;
    }

    Launcher launcher() {
        return launcher;
    }

    void markBroken() {
        broken = true;
    }

    private RunResult toResult(Limits limits, MetaFile meta) throws IOException {
        int cap = settings.captureBytes();
        BoxFiles.Capture out = BoxFiles.read(directory, Launcher.STDOUT, cap).orElse(new BoxFiles.Capture(new byte[0], 0));
        BoxFiles.Capture err = BoxFiles.read(directory, Launcher.STDERR, cap).orElse(new BoxFiles.Capture(new byte[0], 0));
        Integer signal = meta.integer("exitsig");
        Integer exitCode = signal == null ? meta.integer("exitcode") : null;
        long memory = meta.values().containsKey("cg-mem") ? meta.kilobytes("cg-mem") : meta.kilobytes("max-rss");
        Outcome outcome = outcome(limits, meta, signal, out.size(), err.size());
        return new RunResult(outcome, meta.seconds("time"), meta.seconds("time-wall"), memory, exitCode, signal,
                out.bytes(), err.bytes(), out.size(), err.size(), null);
    }

    private static Outcome outcome(Limits limits, MetaFile meta, Integer signal, long stdoutSize, long stderrSize) {
        String status = meta.status();
        // Only a program that failed was stopped by the OOM killer: isolate 1.x keeps reporting
        // cg-oom-killed for a box's later runs once one run was killed.
        if (meta.flag("cg-oom-killed") && ("SG".equals(status) || "RE".equals(status))) {
            return Outcome.MEMORY_LIMIT;
        }
        if ("TO".equals(status)) {
            return Outcome.TIME_LIMIT;
        }
        // The sandbox's facts decide, not how a runtime reacts: a program whose output file reached
        // the file-size limit and that then failed (C dies of SIGXFSZ, Python ignores the signal
        // and exits 1 on EFBIG) hit the output limit.
        boolean failed = "SG".equals(status) || "RE".equals(status);
        boolean fileAtLimit = limits.outputKb() > 0 && Math.max(stdoutSize, stderrSize) >= limits.outputKb() * 1024;
        if (signal != null && signal == SIGXFSZ || fileAtLimit && failed
                || limits.outputKb() > 0 && stdoutSize > limits.outputKb() * 1024) {
            return Outcome.OUTPUT_LIMIT;
        }
        if ("SG".equals(status)) {
            return Outcome.SIGNALLED;
        }
        if ("RE".equals(status)) {
            return Outcome.RUNTIME_ERROR;
        }
        return Outcome.OK;
    }

    boolean broken() {
        return broken;
    }

    /**
     * Empties the box. The official isolate keeps the box's /tmp as a directory beside it
     * ({@code <box_root>/<id>/tmp}) from --init to --cleanup, so that is emptied too; judgebox
     * gives every run a fresh /tmp and has no such directory.
     */
    void wipe() throws IOException {
        BoxFiles.wipe(directory);
        Path tmp = directory.resolveSibling("tmp");
        if (Files.isDirectory(tmp, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            BoxFiles.wipe(tmp);
        }
    }
}
