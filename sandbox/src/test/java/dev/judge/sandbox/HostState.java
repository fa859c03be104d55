package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a hostile program must leave alone: a canary file outside the box, the host's free disk,
 * and the process table (no process of any box user may outlive its run).
 */
public final class HostState {

    private static final long DISK_TOLERANCE = 512L << 20;

    private final Path canary;
    private final String canaryContent;
    private final long freeDisk;

    private HostState(Path canary, String canaryContent, long freeDisk) {
        this.canary = canary;
        this.canaryContent = canaryContent;
        this.freeDisk = freeDisk;
    }

    public static HostState capture() {
        try {
            // Not under /tmp: the box has a /tmp of its own, where the same path is harmless.
            Path canary = Files.createTempFile(Path.of("/var/tmp"), "judge-canary-", ".txt");
            String content = "canary " + UUID.randomUUID();
            Files.writeString(canary, content);
            return new HostState(canary, content, Files.getFileStore(Path.of("/")).getUsableSpace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path canary() {
        return canary;
    }

    /** Asserts the host is as it was, then removes the canary. */
    public void assertUnaffected() {
        try {
            assertThat(boxProcesses()).as("processes of box users that outlived the run").isEmpty();
            assertThat(Files.readString(canary)).as("canary outside the box").isEqualTo(canaryContent);
            long free = Files.getFileStore(Path.of("/")).getUsableSpace();
            assertThat(free).as("free disk").isGreaterThan(freeDisk - DISK_TOLERANCE);
            Files.deleteIfExists(canary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Processes whose real uid is one of the test boxes' users (boxes below them belong to other work on the host). */
    public static List<String> boxProcesses() throws IOException {
        return boxProcesses(TestSandbox.FIRST_TEST_BOX, 999);
    }

    /** Processes whose real uid is the user of one of the boxes {@code firstBox} to {@code lastBox}. */
    public static List<String> boxProcesses(int firstBox, int lastBox) throws IOException {
        List<String> found = new ArrayList<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path proc : procs) {
                try {
                    for (String line : Files.readAllLines(proc.resolve("status"))) {
                        if (line.startsWith("Uid:")) {
                            int uid = Integer.parseInt(line.split("\\s+")[1]);
                            if (uid >= TestSandbox.FIRST_UID + firstBox && uid <= TestSandbox.FIRST_UID + lastBox) {
                                found.add(proc.getFileName() + " uid " + uid);
                            }
                        }
                    }
                } catch (IOException e) {
                    // The process ended while we looked.
                }
            }
        }
        return found;
    }
}
