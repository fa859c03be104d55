package dev.judge.state;

import java.time.Instant;

/**
 * What a Judge0 client sent, as the API accepted it (texts decoded), kept so a GET can echo it.
 * Nullable texts are null when the client did not send them.
 */
public record Judge0Request(
        String token,
        String sourceCode,
        int languageId,
        String stdin,
        String expectedOutput,
        String compilerOptions,
        String commandLineArguments,
        String callbackUrl,
        double cpuTimeLimit,
        double cpuExtraTime,
        double wallTimeLimit,
        long memoryLimit,
        long stackLimit,
        long maxProcessesAndOrThreads,
        long maxFileSize,
        int numberOfRuns,
        boolean perProcessAndThreadTimeLimit,
        boolean perProcessAndThreadMemoryLimit,
        boolean redirectStderrToStdout,
        Instant createdAt,
        boolean base64Encoded) {
}
