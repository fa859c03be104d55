package dev.judge.sandbox;

/**
 * What a run produced. Outputs are bounded by the pool's capture size; {@code stdoutBytes} is the
 * full size the program wrote, so callers can tell a cut copy from the whole.
 *
 * @param outcome how the run ended
 * @param cpuTimeSec CPU time of the whole box
 * @param wallTimeSec wall-clock time
 * @param memoryKb peak memory of the box (cgroup), or the program's peak RSS without cgroups
 * @param exitCode exit status, or null when the program was killed by a signal
 * @param signal the fatal signal, or null
 * @param stdout standard output, at most the capture size
 * @param stderr standard error, at most the capture size
 * @param stdoutBytes how many bytes the program wrote to standard output
 * @param stderrBytes how many bytes the program wrote to standard error
 * @param message the launcher's explanation for INTERNAL_ERROR (human text), else null
 */
public record RunResult(
        Outcome outcome,
        double cpuTimeSec,
        double wallTimeSec,
        long memoryKb,
        Integer exitCode,
        Integer signal,
        byte[] stdout,
        byte[] stderr,
        long stdoutBytes,
        long stderrBytes,
        String message) {

    public static RunResult internalError(String message) {
        return new RunResult(Outcome.INTERNAL_ERROR, 0, 0, 0, null, null, new byte[0], new byte[0], 0, 0, message);
    }

    public String stdoutText() {
        return new String(stdout, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return new String(stderr, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean stdoutTruncated() {
        return stdoutBytes > stdout.length;
    }
}
