package dev.judge.api.judge0;

import dev.judge.api.ApiProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/** Judge0's {@code /config_info}, with this deployment's values. */
final class Judge0ConfigInfo {

    private final ApiProperties api;

    Judge0ConfigInfo(ApiProperties props) {
        this.api = props;
    }

    Map<String, Object> info() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("maintenance_mode", false);
        c.put("enable_wait_result", true);
        c.put("enable_compiler_options", true);
        c.put("allowed_languages_for_compile_options", java.util.List.of());
        c.put("enable_command_line_arguments", true);
        c.put("enable_submission_delete", false);
        c.put("enable_callbacks", true);
        c.put("callbacks_max_tries", api.callbackMaxAttempts());
        c.put("callbacks_timeout", api.callbackTimeout().toMillis() / 1000.0);
        c.put("enable_additional_files", true);
        c.put("max_queue_size", api.backlogThreshold());
        c.put("cpu_time_limit", Judge0Limits.CPU_TIME_LIMIT);
        c.put("max_cpu_time_limit", Judge0Limits.MAX_CPU_TIME_LIMIT);
        c.put("cpu_extra_time", Judge0Limits.CPU_EXTRA_TIME);
        c.put("max_cpu_extra_time", Judge0Limits.MAX_CPU_EXTRA_TIME);
        c.put("wall_time_limit", Judge0Limits.WALL_TIME_LIMIT);
        c.put("max_wall_time_limit", Judge0Limits.MAX_WALL_TIME_LIMIT);
        c.put("memory_limit", Judge0Limits.MEMORY_LIMIT);
        c.put("max_memory_limit", Judge0Limits.MAX_MEMORY_LIMIT);
        c.put("stack_limit", Judge0Limits.STACK_LIMIT);
        c.put("max_stack_limit", Judge0Limits.MAX_STACK_LIMIT);
        c.put("max_processes_and_or_threads", Judge0Limits.MAX_PROCESSES);
        c.put("max_max_processes_and_or_threads", Judge0Limits.MAX_MAX_PROCESSES);
        c.put("enable_per_process_and_thread_time_limit", false);
        c.put("allow_enable_per_process_and_thread_time_limit", true);
        c.put("enable_per_process_and_thread_memory_limit", false);
        c.put("allow_enable_per_process_and_thread_memory_limit", true);
        c.put("max_file_size", Judge0Limits.MAX_FILE_SIZE);
        c.put("max_max_file_size", Judge0Limits.MAX_MAX_FILE_SIZE);
        c.put("number_of_runs", Judge0Limits.NUMBER_OF_RUNS);
        c.put("max_number_of_runs", Judge0Limits.MAX_NUMBER_OF_RUNS);
        c.put("redirect_stderr_to_stdout", false);
        c.put("max_extract_size", 0);
        c.put("enable_batched_submissions", true);
        c.put("max_submission_batch_size", Judge0Limits.MAX_BATCH);
        c.put("submission_cache_duration", 0);
        c.put("use_docs_as_homepage", false);
        c.put("allow_enable_network", false);
        c.put("enable_network", false);
        return c;
    }
}
