package dev.judge.state;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Judge0 requests by token, hash {@code judge0:<token>} under Judge0's own field names (the
 * exact bytes of stdin and the expected output in base64), with the submission's time to live.
 * api-service's.
 */
public final class Judge0Requests {

    private final RedisClusterCommands<String, String> redis;
    private final Duration ttl;

    public Judge0Requests(RedisClusterCommands<String, String> redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    public void save(Judge0Request r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("token", r.token());
        m.put("source_code", r.sourceCode());
        m.put("language_id", String.valueOf(r.languageId()));
        putIfSet(m, "stdin_base64", base64(r.stdin()));
        putIfSet(m, "expected_output_base64", base64(r.expectedOutput()));
        putIfSet(m, "compiler_options", r.compilerOptions());
        putIfSet(m, "command_line_arguments", r.commandLineArguments());
        putIfSet(m, "callback_url", r.callbackUrl());
        m.put("cpu_time_limit", String.valueOf(r.cpuTimeLimit()));
        m.put("cpu_extra_time", String.valueOf(r.cpuExtraTime()));
        m.put("wall_time_limit", String.valueOf(r.wallTimeLimit()));
        m.put("memory_limit", String.valueOf(r.memoryLimit()));
        m.put("stack_limit", String.valueOf(r.stackLimit()));
        m.put("max_processes_and_or_threads", String.valueOf(r.maxProcessesAndOrThreads()));
        m.put("max_file_size", String.valueOf(r.maxFileSize()));
        m.put("number_of_runs", String.valueOf(r.numberOfRuns()));
        m.put("enable_per_process_and_thread_time_limit", String.valueOf(r.perProcessAndThreadTimeLimit()));
        m.put("enable_per_process_and_thread_memory_limit", String.valueOf(r.perProcessAndThreadMemoryLimit()));
        m.put("redirect_stderr_to_stdout", String.valueOf(r.redirectStderrToStdout()));
        m.put("created_at", r.createdAt().toString());
        m.put("base64_encoded", String.valueOf(r.base64Encoded()));
        String key = StateKeys.judge0(r.token());
        redis.hset(key, m);
        redis.expire(key, ttl);
    }

    private static String base64(byte[] bytes) {
        return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] bytes(String base64) {
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }

    private static void putIfSet(Map<String, String> m, String field, String value) {
        if (value != null) {
            m.put(field, value);
        }
    }

    /** The callback URL the request named, if any: one field, not the whole request. */
    public Optional<String> callbackUrl(String token) {
        return Optional.ofNullable(redis.hget(StateKeys.judge0(token), "callback_url"));
    }

    public void delete(String token) {
        redis.del(StateKeys.judge0(token));
    }

    public Optional<Judge0Request> load(String token) {
        Map<String, String> m = redis.hgetall(StateKeys.judge0(token));
        if (m == null || m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Judge0Request(m.get("token"), m.get("source_code"), Integer.parseInt(m.get("language_id")),
                bytes(m.get("stdin_base64")), bytes(m.get("expected_output_base64")), m.get("compiler_options"), m.get("command_line_arguments"),
                m.get("callback_url"), Double.parseDouble(m.get("cpu_time_limit")), Double.parseDouble(m.get("cpu_extra_time")),
                Double.parseDouble(m.get("wall_time_limit")), Long.parseLong(m.get("memory_limit")),
                Long.parseLong(m.get("stack_limit")), Long.parseLong(m.get("max_processes_and_or_threads")),
                Long.parseLong(m.get("max_file_size")), Integer.parseInt(m.get("number_of_runs")),
                Boolean.parseBoolean(m.get("enable_per_process_and_thread_time_limit")),
                Boolean.parseBoolean(m.get("enable_per_process_and_thread_memory_limit")),
                Boolean.parseBoolean(m.get("redirect_stderr_to_stdout")), Instant.parse(m.get("created_at")),
                Boolean.parseBoolean(m.get("base64_encoded"))));
    }
}
