package dev.judge.api.judge0;

import dev.judge.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Native field names (as the pipeline's validation names them) in Judge0's words. */
final class Judge0Fields {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("limits.cpuTimeSec", "cpu_time_limit"),
            Map.entry("limits.cpuExtraTimeSec", "cpu_extra_time"),
            Map.entry("limits.wallTimeSec", "wall_time_limit"),
            Map.entry("limits.memoryKb", "memory_limit"),
            Map.entry("limits.stackKb", "stack_limit"),
            Map.entry("limits.maxProcesses", "max_processes_and_or_threads"),
            Map.entry("limits.outputLimitKb", "max_file_size"),
            Map.entry("source", "source_code"),
            Map.entry("language", "language_id"),
            Map.entry("compilerOptions", "compiler_options"),
            Map.entry("arguments", "command_line_arguments"),
            Map.entry("tests", "number_of_runs"));

    private Judge0Fields() {
    }

    /**
     * A problem with {@code limits.memoryKb} becomes {"memory_limit": ["600000 is above ..."]}, one with
     * {@code files[0].name} {"additional_files": [...]}.
     */
    static Map<String, List<String>> fromNative(List<Problem> problems) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Problem p : problems) {
            errors.computeIfAbsent(judge0Name(p.field()), k -> new ArrayList<>()).add(p.message());
        }
        return errors;
    }

    /** The program's files ({@code files}, {@code files[2].name}) came from additional_files; the rest by name. */
    private static String judge0Name(String field) {
        if (field.equals("files") || field.startsWith("files[")) {
            return "additional_files";
        }
        return NAMES.getOrDefault(field, field);
    }
}
