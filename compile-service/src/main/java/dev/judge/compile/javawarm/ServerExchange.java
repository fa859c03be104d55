package dev.judge.compile.javawarm;

import dev.judge.model.Artifact;
import dev.judge.sandbox.Box;
import dev.judge.sandbox.HostFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * One request to {@link CompileServerProgram} through the files of its box, as its protocol says:
 * the request's files, {@code req-N.go} last, then a wait for {@code res-N.done}; every file of the
 * request is removed afterwards.
 */
final class ServerExchange {

    private ServerExchange() {
    }

    /**
     * @param alive whether the server may still answer (false once it ended): stops the wait early
     * @return the answer; empty when none came within {@code timeoutSec}
     */
    static Optional<JavaCompileServer.Compiled> send(Box box, String n, String source, List<String> options, boolean warmup,
            double timeoutSec, BooleanSupplier alive) throws IOException {
        Path dir = box.directory();
        try {
            box.writeFile("req-" + n + ".java", source.getBytes(StandardCharsets.UTF_8), false);
            box.writeFile("req-" + n + ".opts", String.join("\n", options).getBytes(StandardCharsets.UTF_8), false);
            if (warmup) {
                box.writeFile("req-" + n + ".warmup", new byte[0], false);
            }
            box.writeFile("req-" + n + ".go", new byte[0], false);
            Path done = dir.resolve("res-" + n + ".done");
            long deadline = System.nanoTime() + (long) (timeoutSec * 1e9);
            while (!Files.exists(done)) {
                if (System.nanoTime() > deadline || !alive.getAsBoolean()) {
                    return Optional.empty();
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
            String answer = Files.readString(done);
            int eol = answer.indexOf('\n');
            String status = eol < 0 ? answer : answer.substring(0, eol);
            String output = eol < 0 ? "" : answer.substring(eol + 1);
            Artifact artifact = status.equals("ok") ? classes(dir.resolve("out-" + n)) : null;
            return Optional.of(new JavaCompileServer.Compiled(status, output, artifact));
        } finally {
            clean(dir, n);
        }
    }

    private static Artifact classes(Path out) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.list(out)) {
            for (Path f : all.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return new Artifact(files, List.of());
    }

    private static void clean(Path dir, String n) {
        try {
            HostFiles.deleteTree(dir.resolve("out-" + n));
        } catch (IOException e) {
            // the box is wiped when the server restarts
        }
        for (String f : List.of("req-" + n + ".java", "req-" + n + ".opts", "req-" + n + ".warmup", "req-" + n + ".go",
                "res-" + n + ".done")) {
            try {
                Files.deleteIfExists(dir.resolve(f));
            } catch (IOException e) {
                // the box is wiped when the server restarts
            }
        }
    }
}
