package dev.judge.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command to run in a box.
 *
 * @param command the program (an absolute path inside the box) and its arguments
 * @param limits the run's limits
 * @param stdinFile a file already in the box to use as standard input, or null for an empty input
 * @param environment variables to set; nothing else is inherited
 * @param directories extra isolate directory rules ({@code IN[=OUT][:options]}) a runtime needs
 * @param stderrToStdout whether standard error goes to standard output
 */
public record RunRequest(
        List<String> command,
        Limits limits,
        String stdinFile,
        Map<String, String> environment,
        List<String> directories,
        boolean stderrToStdout) {

    public RunRequest {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command must not be empty");
        }
        Objects.requireNonNull(limits, "limits");
        environment = Map.copyOf(environment);
        directories = List.copyOf(directories);
    }

    public static RunRequest of(Limits limits, String... command) {
        return new RunRequest(List.of(command), limits, null, Map.of(), List.of(), false);
    }

    public RunRequest withStdin(String file) {
        return new RunRequest(command, limits, file, environment, directories, stderrToStdout);
    }

    public RunRequest withEnvironment(Map<String, String> env) {
        return new RunRequest(command, limits, stdinFile, env, directories, stderrToStdout);
    }

    public RunRequest withDirectories(List<String> rules) {
        return new RunRequest(command, limits, stdinFile, environment, rules, stderrToStdout);
    }

    public RunRequest withStderrToStdout(boolean merge) {
        return new RunRequest(command, limits, stdinFile, environment, directories, merge);
    }
}
