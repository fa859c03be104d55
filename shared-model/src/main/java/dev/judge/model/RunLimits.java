package dev.judge.model;

/** Limits of every test of a submission, resolved: nothing is missing. Memory in KiB. */
public record RunLimits(
        double cpuTimeSec,
        double cpuExtraTimeSec,
        double wallTimeSec,
        long memoryKb,
        long stackKb,
        int maxProcesses,
        long outputLimitKb) {
}
