package dev.judge.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach and use the sandbox launcher.
 *
 * @param binary the launcher: ours (judgebox) or the official isolate
 * @param lockDirectory where box-claim lock files and meta files live (owned by root)
 * @param firstBoxId the lowest box id this pool may claim
 * @param maxBoxId one past the highest box id this pool may claim
 * @param poolSize how many boxes this pool claims
 * @param useCgroups run with {@code --cg} (needed for whole-box CPU time and MEMORY_LIMIT)
 * @param captureBytes how much of stdout and stderr is read back
 * @param launcherGrace how long past a run's wall limit the driver waits for the launcher
 * @param residentLauncher send commands to one resident {@code judgebox --serve} instead of
 *     spawning a launcher process for each (used only if the launcher supports it)
 */
public record SandboxSettings(
        Path binary,
        Path lockDirectory,
        int firstBoxId,
        int maxBoxId,
        int poolSize,
        boolean useCgroups,
        int captureBytes,
        Duration launcherGrace,
        boolean residentLauncher) {

    public SandboxSettings {
        Objects.requireNonNull(binary, "binary");
        Objects.requireNonNull(lockDirectory, "lockDirectory");
        if (firstBoxId < 0 || maxBoxId <= firstBoxId) {
            throw new IllegalArgumentException("box ids: need 0 <= firstBoxId < maxBoxId");
        }
        if (poolSize < 1 || poolSize > maxBoxId - firstBoxId) {
            throw new IllegalArgumentException("poolSize must be between 1 and the number of box ids");
        }
        if (captureBytes < 0) {
            throw new IllegalArgumentException("captureBytes must not be negative");
        }
    }

    /** With the resident launcher on. */
    public SandboxSettings(Path binary, Path lockDirectory, int firstBoxId, int maxBoxId, int poolSize, boolean useCgroups,
            int captureBytes, Duration launcherGrace) {
        this(binary, lockDirectory, firstBoxId, maxBoxId, poolSize, useCgroups, captureBytes, launcherGrace, true);
    }

    public static SandboxSettings of(Path binary, int poolSize) {
        return new SandboxSettings(binary, Path.of("/run/judge/boxes"), 0, 1000, poolSize, true, 1 << 20,
                Duration.ofSeconds(10));
    }

    public SandboxSettings withBoxIds(int first, int max) {
        return new SandboxSettings(binary, lockDirectory, first, max, poolSize, useCgroups, captureBytes, launcherGrace, residentLauncher);
    }

    public SandboxSettings withCaptureBytes(int bytes) {
        return new SandboxSettings(binary, lockDirectory, firstBoxId, maxBoxId, poolSize, useCgroups, bytes, launcherGrace, residentLauncher);
    }

    public SandboxSettings withResidentLauncher(boolean resident) {
        return new SandboxSettings(binary, lockDirectory, firstBoxId, maxBoxId, poolSize, useCgroups, captureBytes, launcherGrace,
                resident);
    }

    public SandboxSettings withLockDirectory(Path dir) {
        return new SandboxSettings(binary, dir, firstBoxId, maxBoxId, poolSize, useCgroups, captureBytes, launcherGrace, residentLauncher);
    }
}
