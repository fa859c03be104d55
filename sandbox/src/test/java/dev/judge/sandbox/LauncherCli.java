package dev.judge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Drives the launcher's command line directly, for tests of its contract. */
final class LauncherCli {

    final int boxId;
    final Path meta;
    /** Null: neither {@code --cg} nor {@code --no-cg}, the launcher's default. */
    private final Boolean cgroups;

    LauncherCli(int boxId) {
        this(boxId, true);
    }

    /** With {@code cgroups} false, every command goes without {@code --cg} (with {@code --no-cg} for judgebox). */
    LauncherCli(int boxId, Boolean cgroups) {
        this.boxId = boxId;
        this.cgroups = cgroups;
        try {
            this.meta = Files.createTempFile("judge-meta-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Invocation invoke(String... args) {
        return invokeAs(List.of(), TestSandbox.binary().toString(), args);
    }

    /** The launcher at {@code binary}, started through {@code prefix} (e.g. setpriv). */
    Invocation invokeAs(List<String> prefix, String binary, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(command(binary, args));
        try {
            Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("launcher hung");
            }
            return new Invocation(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The launcher's command line for this box. */
    List<String> command(String binary, String... args) {
        List<String> command = new ArrayList<>();
        command.add(binary);
        command.add("--box-id=" + boxId);
        if (cgroups == null) {
            // the launcher's default
        } else if (cgroups) {
            command.add("--cg");
        } else if (TestSandbox.isOurs()) {
            command.add("--no-cg");   // judgebox uses control groups unless told not to
        }
        command.addAll(List.of(args));
        return command;
    }

    /** --run with a meta file; extra options go before --run. */
    Invocation run(List<String> options, String... program) {
        List<String> args = new ArrayList<>(options);
        args.add("--meta=" + meta);
        args.add("--run");
        args.add("--");
        args.addAll(List.of(program));
        return invoke(args.toArray(String[]::new));
    }

    Invocation sh(List<String> options, String script) {
        List<String> opts = new ArrayList<>(options);
        opts.add("--processes=16");
        opts.add("--env=PATH=/usr/bin:/bin");
        return run(opts, "/bin/sh", "-c", script);
    }

    MetaFile meta() {
        try {
            return MetaFile.read(meta);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path boxDir() {
        String out = invoke("--init").stdout().trim();
        return Path.of(out).resolve("box");
    }

    record Invocation(int exitCode, String stdout, String stderr) {
    }
}
