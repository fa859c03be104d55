package dev.judge.sandbox;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the isolate-compatible launcher binary: {@code --init}, {@code --run}, {@code --cleanup}. */
final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    static final String STDOUT = "judge.stdout";
    static final String STDERR = "judge.stderr";

    private final SandboxSettings settings;
    /** Null when commands are spawned one process each (turned off, or the launcher cannot serve). */
    private volatile ResidentLauncher resident;

    Launcher(SandboxSettings settings) {
        this.settings = settings;
        this.resident = settings.residentLauncher()
                ? new ResidentLauncher(settings.binary(), settings.lockDirectory().resolve("launcher.err"))
                : null;
    }

    /** Cleans up whatever a crashed owner left, initialises the box and returns its directory. */
    Path init(int boxId) throws IOException, InterruptedException {
        invoke(boxId, List.of("--cleanup"), 30);
        Result r = invoke(boxId, List.of("--init"), 30);
        if (r.exitCode() != 0) {
            throw new IOException("--init of box " + boxId + " failed: " + r.output().trim());
        }
        return Path.of(r.output().trim().lines().reduce((first, second) -> second).orElseThrow()).resolve("box");
    }

    void cleanup(int boxId) throws IOException, InterruptedException {
        Result r = invoke(boxId, List.of("--cleanup"), 30);
        if (r.exitCode() != 0) {
            throw new IOException("--cleanup of box " + boxId + " failed: " + r.output().trim());
        }
    }

    /** Runs the request; the exit code is the launcher's (0, 1 or 2), the meta file says the rest. */
    Result run(int boxId, RunRequest request, Path metaFile) throws IOException, InterruptedException {
        return invoke(boxId, runArguments(request, metaFile, false), budget(request.limits()));
    }

    /**
     * Runs two requests as a pair ({@code judgebox --pair}): each in its own box, the first's
     * standard output the second's standard input and the other way round; the second is ended
     * {@code grace} after the first ends and vice versa. The exit code is the pair's (0, or 2 when
     * a side's launcher failed); {@code pairMeta} says which side ended first and how each
     * launcher ended, each side's own meta file the rest.
     */
    Result runPaired(int boxA, RunRequest a, Path metaA, int boxB, RunRequest b, Path metaB, Duration grace, Path pairMeta)
            throws IOException, InterruptedException {
        List<String> sideA = boxArguments(boxA, runArguments(a, metaA, true));
        List<String> sideB = boxArguments(boxB, runArguments(b, metaB, true));
        List<String> command = new ArrayList<>(List.of(settings.binary().toString(), "--pair",
                "--grace=" + seconds(grace.toMillis() / 1000.0), "--meta=" + pairMeta, "--"));
        command.add(Integer.toString(sideA.size()));
        command.addAll(sideA);
        command.add(Integer.toString(sideB.size()));
        command.addAll(sideB);
        // The later side ends at most its wall limit after the start, or the grace (and the pair's
        // 2 s to kill it) after the first side's end.
        double budget = Math.max(a.limits().wallTimeSec(), b.limits().wallTimeSec()) + grace.toMillis() / 1000.0 + 2;
        Path output = settings.lockDirectory().resolve("box-" + boxA + ".pair.out");
        return invokeCommand(command, output, budget + settings.launcherGrace().toSeconds());
    }

    /** The options of one {@code --run}; paired, standard input and output are the pair's pipes. */
    private List<String> runArguments(RunRequest request, Path metaFile, boolean paired) {
        List<String> args = new ArrayList<>();
        args.add("--meta=" + metaFile);
        args.add("--silent");
        addLimits(args, request.limits());
        if (!paired) {
            args.add("--stdin=" + (request.stdinFile() == null ? "/dev/null" : request.stdinFile()));
            args.add("--stdout=" + STDOUT);
        }
        if (request.stderrToStdout()) {
            args.add("--stderr-to-stdout");
        } else {
            args.add("--stderr=" + STDERR);
        }
        for (Map.Entry<String, String> e : request.environment().entrySet()) {
            args.add("--env=" + e.getKey() + "=" + e.getValue());
        }
        for (String rule : request.directories()) {
            args.add("--dir=" + rule);
        }
        args.add("--run");
        args.add("--");
        args.addAll(request.command());
        return args;
    }

    private double budget(Limits l) {
        double budget = l.wallTimeSec() > 0 ? l.wallTimeSec() : Math.max(60, 2 * (l.cpuTimeSec() + l.extraTimeSec()));
        return budget + settings.launcherGrace().toSeconds();
    }

    private void addLimits(List<String> args, Limits l) {
        if (l.cpuTimeSec() > 0) {
            args.add("--time=" + seconds(l.cpuTimeSec()));
            args.add("--extra-time=" + seconds(l.extraTimeSec()));
        }
        if (l.wallTimeSec() > 0) {
            args.add("--wall-time=" + seconds(l.wallTimeSec()));
        }
        if (l.memoryKb() > 0 && settings.useCgroups()) {
            args.add("--cg-mem=" + l.memoryKb());
        }
        if (l.addressSpaceKb() > 0) {
            args.add("--mem=" + l.addressSpaceKb());
        }
        if (l.stackKb() > 0) {
            args.add("--stack=" + l.stackKb());
        }
        if (l.outputKb() > 0) {
            args.add("--fsize=" + l.outputKb());
        }
        args.add(l.processes() == 0 ? "--processes" : "--processes=" + l.processes());
        if (l.openFiles() > 0) {
            args.add("--open-files=" + l.openFiles());
        }
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private List<String> boxArguments(int boxId, List<String> args) {
        List<String> all = new ArrayList<>();
        all.add("--box-id=" + boxId);
        if (settings.useCgroups()) {
            all.add("--cg");
        }
        all.addAll(args);
        return all;
    }

    private Result invoke(int boxId, List<String> args, double timeoutSec) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(settings.binary().toString());
        command.addAll(boxArguments(boxId, args));
        return invokeCommand(command, settings.lockDirectory().resolve("box-" + boxId + ".out"), timeoutSec);
    }

    /** Runs the launcher (resident or spawned) with {@code command}'s arguments, its output in {@code output}. */
    private Result invokeCommand(List<String> command, Path output, double timeoutSec) throws IOException, InterruptedException {
        OptionalInt served = resident(command.subList(1, command.size()), output, timeoutSec);
        int exitCode = served.isPresent() ? served.getAsInt() : spawn(command, output, timeoutSec);
        byte[] text;
        try (InputStream in = Files.newInputStream(output)) {
            text = in.readNBytes(64 * 1024);
        }
        return new Result(exitCode, new String(text, StandardCharsets.UTF_8));
    }

    /** Through the resident launcher, if there is one that serves; empty otherwise. */
    private OptionalInt resident(List<String> args, Path output, double timeoutSec)
            throws IOException, InterruptedException {
        ResidentLauncher r = resident;
        if (r == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(r.call(args, output, timeoutSec));
        } catch (UnsupportedOperationException e) {
            log.info("Spawning the launcher for every command: {}", e.getMessage());
            resident = null;
            return OptionalInt.empty();
        }
    }

    private int spawn(List<String> command, Path output, double timeoutSec) throws IOException, InterruptedException {
        // The launcher's own output goes to a file, so a launcher that hangs cannot block the
        // reader: the wait below is bounded either way. A box runs one command at a time, so
        // one file per box will do.
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor((long) Math.ceil(timeoutSec), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new IOException("the launcher did not finish within " + timeoutSec + " s");
        }
        return process.exitValue();
    }

    void close() {
        ResidentLauncher r = resident;
        if (r != null) {
            r.close();
        }
    }

    /** The launcher's exit code and what it printed. */
    record Result(int exitCode, String output) {
    }
}
