package dev.judge.compile.build;

import dev.judge.sandbox.HostFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A precompiled {@code <bits/stdc++.h>} for exactly the C++ flags compiles use, which contest code
 * includes constantly and which costs g++ seconds to parse. Built once per toolchain and flags (the
 * directory is named by a digest of g++'s version, target and the flags, so a new toolchain gets a
 * new one) under a cache directory, on the host: its only input is the system header. Compiles see
 * it read-only at {@link #MOUNT} ahead of the system include path; g++ takes the {@code .gch} when it
 * is valid for the compile's flags and otherwise reads the header through the wrapper next to it, so
 * it is transparent either way.
 */
public final class PrecompiledHeader {

    private static final Logger log = LoggerFactory.getLogger(PrecompiledHeader.class);
    /** Where compiles see the header's directory. */
    public static final String MOUNT = "/pch";
    private static final String GXX = "/usr/bin/g++";
    private static final String WRAPPER = "#include_next <bits/stdc++.h>\n";

    private final Path cacheRoot;
    private volatile Path ready;

    public PrecompiledHeader(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The directory to mount at {@link #MOUNT}, once the header is built. */
    public Optional<Path> directory() {
        return Optional.ofNullable(ready);
    }

    /**
     * Builds the header unless this toolchain's is there already; on any failure compiles go on
     * without it (and the log says why).
     */
    public void prepare() {
        try {
            List<String> flags = Toolchain.cppFlags();
            String key = digest(run(List.of(GXX, "-dumpfullversion")) + "|" + run(List.of(GXX, "-dumpmachine")) + "|" + flags);
            Path dir = cacheRoot.resolve("stdc++-" + key);
            if (Files.isRegularFile(dir.resolve("bits/stdc++.h.gch"))) {
                ready = dir;
                log.info("Precompiled <bits/stdc++.h> found in {}", dir);
                return;
            }
            Files.createDirectories(cacheRoot);
            Path building = Files.createTempDirectory(cacheRoot, "building-");
            Files.createDirectories(building.resolve("bits"));
            Files.writeString(building.resolve("bits/stdc++.h"), WRAPPER);
            List<String> cmd = new ArrayList<>(List.of(GXX));
            cmd.addAll(flags);
            cmd.addAll(List.of("-x", "c++-header", building.resolve("bits/stdc++.h").toString(),
                    "-o", building.resolve("bits/stdc++.h.gch").toString()));
            run(cmd);
            for (Path p : List.of(building, building.resolve("bits"))) {
                p.toFile().setReadable(true, false);
                p.toFile().setExecutable(true, false);
            }
            building.resolve("bits/stdc++.h").toFile().setReadable(true, false);
            building.resolve("bits/stdc++.h.gch").toFile().setReadable(true, false);
            try {
                Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // Another instance on this host finished the same header first: use theirs.
                HostFiles.deleteTree(building);
                if (!Files.isRegularFile(dir.resolve("bits/stdc++.h.gch"))) {
                    throw e;
                }
            }
            ready = dir;
            log.info("Precompiled <bits/stdc++.h> for {} into {}", flags, dir);
        } catch (IOException e) {
            log.warn("No precompiled <bits/stdc++.h>; C++ compiles parse it each time: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(cmd + " failed: " + new String(out, StandardCharsets.UTF_8).strip());
        }
        return new String(out, StandardCharsets.UTF_8).strip();
    }

    private static String digest(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
