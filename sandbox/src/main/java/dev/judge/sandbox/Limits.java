package dev.judge.sandbox;

/**
 * Resource limits of one run. Times are in seconds, sizes in KiB; zero means "no limit" except for
 * {@code processes}, where zero means "unlimited" and one means a single process.
 *
 * @param cpuTimeSec CPU time of all the box's processes and threads together
 * @param extraTimeSec grace CPU time before the program is killed (the verdict still uses cpuTimeSec)
 * @param wallTimeSec wall-clock time
 * @param memoryKb memory of the whole box (cgroup), the limit behind MEMORY_LIMIT
 * @param addressSpaceKb per-process address space (RLIMIT_AS); zero for JVMs and Node
 * @param stackKb stack size
 * @param processes processes and threads, zero for unlimited
 * @param outputKb size of any file the program writes, stdout included (RLIMIT_FSIZE)
 * @param openFiles open file descriptors
 */
public record Limits(
        double cpuTimeSec,
        double extraTimeSec,
        double wallTimeSec,
        long memoryKb,
        long addressSpaceKb,
        long stackKb,
        int processes,
        long outputKb,
        int openFiles) {

    public Limits {
        if (cpuTimeSec < 0 || extraTimeSec < 0 || wallTimeSec < 0) {
            throw new IllegalArgumentException("time limits must not be negative");
        }
        if (memoryKb < 0 || addressSpaceKb < 0 || stackKb < 0 || outputKb < 0 || processes < 0 || openFiles < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** Small limits for one short single-process run. */
    public static Limits defaults() {
        return new Limits(2, 0.5, 5, 262_144, 0, 65_536, 1, 1_024, 64);
    }

    public Limits withCpuTime(double seconds) {
        return new Limits(seconds, extraTimeSec, wallTimeSec, memoryKb, addressSpaceKb, stackKb, processes, outputKb, openFiles);
    }

    public Limits withWallTime(double seconds) {
        return new Limits(cpuTimeSec, extraTimeSec, seconds, memoryKb, addressSpaceKb, stackKb, processes, outputKb, openFiles);
    }

    public Limits withMemory(long kb) {
        return new Limits(cpuTimeSec, extraTimeSec, wallTimeSec, kb, addressSpaceKb, stackKb, processes, outputKb, openFiles);
    }

    public Limits withProcesses(int count) {
        return new Limits(cpuTimeSec, extraTimeSec, wallTimeSec, memoryKb, addressSpaceKb, stackKb, count, outputKb, openFiles);
    }

    public Limits withOutput(long kb) {
        return new Limits(cpuTimeSec, extraTimeSec, wallTimeSec, memoryKb, addressSpaceKb, stackKb, processes, kb, openFiles);
    }

    public Limits withStack(long kb) {
        return new Limits(cpuTimeSec, extraTimeSec, wallTimeSec, memoryKb, addressSpaceKb, kb, processes, outputKb, openFiles);
    }
}
