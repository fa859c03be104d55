package dev.judge.state;

import java.time.Instant;

/**
 * What a Judge0 client sent, as the API accepted it (base64 decoded), kept so a GET can echo it.
 * {@code stdin} and {@code expectedOutput} are exact bytes; nullable fields are null when the
 * client did not send them.
 */
public record Judge0Request(
        String token,
        String sourceCode,
        int languageId,
        byte[] stdin,
        byte[] expectedOutput,
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
