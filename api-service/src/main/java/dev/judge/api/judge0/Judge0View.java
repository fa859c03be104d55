package dev.judge.api.judge0;

import dev.judge.model.TestResult;
import dev.judge.model.Status;
import dev.judge.model.Verdict;
import dev.judge.api.catalog.Languages;
import dev.judge.model.SubmissionState;
import dev.judge.state.FullOutputStore;
import dev.judge.state.Judge0Request;
import dev.judge.state.KeptOutputs;
import dev.judge.state.SubmissionViews;
import dev.judge.state.SubmissionView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A submission as Judge0 shows it: the fields asked for ({@code fields}, default Judge0's eight,
 * {@code *} all), times as strings with three decimals, memory in KB, full outputs, and text
 * fields base64-encoded on request. With {@code number_of_runs} > 1, time and memory are averaged.
 */
final class Judge0View {

    static final List<String> DEFAULT_FIELDS = List.of("stdout", "time", "memory", "stderr", "token", "compile_output",
            "message", "status");
    static final List<String> ALL_FIELDS = List.of("source_code", "language_id", "stdin", "expected_output", "stdout",
            "status_id", "created_at", "finished_at", "time", "memory", "stderr", "token", "number_of_runs",
            "cpu_time_limit", "cpu_extra_time", "wall_time_limit", "memory_limit", "stack_limit",
            "max_processes_and_or_threads", "enable_per_process_and_thread_time_limit",
            "enable_per_process_and_thread_memory_limit", "max_file_size", "compile_output", "exit_code", "exit_signal",
            "message", "wall_time", "compiler_options", "command_line_arguments", "redirect_stderr_to_stdout",
            "callback_url", "additional_files", "enable_network", "status", "language");
    private static final Set<String> ENCODED = Set.of("stdout", "stderr", "compile_output", "message", "source_code",
            "stdin", "expected_output");

    private final SubmissionViews views;
    private final KeptOutputs outputs;
    private final Languages languages;

    Judge0View(SubmissionViews views, KeptOutputs outputs, Languages languages) {
        this.views = views;
        this.outputs = outputs;
        this.languages = languages;
    }

    /** The requested field names, or a 422 naming the unknown ones. */
    static List<String> fields(String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT_FIELDS;
        }
        if (requested.trim().equals("*")) {
            return ALL_FIELDS;
        }
        List<String> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String f : requested.split(",")) {
            String name = f.trim();
            if (ALL_FIELDS.contains(name)) {
                fields.add(name);
            } else if (!name.isEmpty()) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new Judge0ValidationException(Map.of("fields", List.of("unknown fields: " + String.join(", ", unknown))));
        }
        return fields;
    }

    /** The submission as stored: the verdict and the state of one moment (one read), as the native API shows them. */
    Map<String, Object> render(Judge0Request r, List<String> fields, boolean base64) {
        return shown(r, views.view(r.token()), fields, base64);
    }

    /**
     * A {@code wait=true} answer: the verdict the wait received, not read back from Redis; the
     * stored state only when the wait timed out without one.
     */
    Map<String, Object> render(Judge0Request r, Optional<Verdict> received, List<String> fields, boolean base64) {
        Optional<SubmissionView> view = received.<SubmissionView>map(SubmissionView.Judged::new).or(() -> views.view(r.token()));
        return shown(r, view, fields, base64);
    }

    private Map<String, Object> shown(Judge0Request r, Optional<SubmissionView> view, List<String> fields, boolean base64) {
        String token = r.token();
        Optional<Verdict> verdict = view.filter(SubmissionView.Judged.class::isInstance)
                .map(v -> ((SubmissionView.Judged) v).verdict());
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("token", token);
        all.put("source_code", r.sourceCode());
        all.put("language_id", r.languageId());
        all.put("stdin", r.stdin());
        all.put("expected_output", r.expectedOutput());
        all.put("created_at", r.createdAt().toString());
        all.put("number_of_runs", r.numberOfRuns());
        all.put("cpu_time_limit", r.cpuTimeLimit());
        all.put("cpu_extra_time", r.cpuExtraTime());
        all.put("wall_time_limit", r.wallTimeLimit());
        all.put("memory_limit", r.memoryLimit());
        all.put("stack_limit", r.stackLimit());
        all.put("max_processes_and_or_threads", r.maxProcessesAndOrThreads());
        all.put("max_file_size", r.maxFileSize());
        all.put("enable_per_process_and_thread_time_limit", r.perProcessAndThreadTimeLimit());
        all.put("enable_per_process_and_thread_memory_limit", r.perProcessAndThreadMemoryLimit());
        all.put("redirect_stderr_to_stdout", r.redirectStderrToStdout());
        all.put("compiler_options", r.compilerOptions());
        all.put("command_line_arguments", r.commandLineArguments());
        all.put("callback_url", r.callbackUrl());
        all.put("additional_files", null);
        all.put("enable_network", false);
        Languages.Judge0Language language = languages.byJudge0Id(r.languageId()).orElseThrow();
        all.put("language", Map.of("id", language.id(), "name", languages.judge0Name(language)));
        Judge0Status status = verdict.map(v -> outcome(all, v, token)).orElseGet(() -> {
            SubmissionState state = view.map(v -> ((SubmissionView.InFlight) v).state()).orElse(SubmissionState.QUEUED);
            for (String k : List.of("stdout", "stderr", "compile_output", "message", "time", "wall_time", "memory",
                    "exit_code", "exit_signal", "finished_at")) {
                all.put(k, null);
            }
            return state == SubmissionState.QUEUED ? Judge0Status.IN_QUEUE : Judge0Status.PROCESSING;
        });
        all.put("status_id", status.id);
        all.put("status", Map.of("id", status.id, "description", status.description));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields) {
            out.put(f, ENCODED.contains(f) ? encoded(all.get(f), base64) : all.get(f));
        }
        return out;
    }

    /**
     * A text field as Judge0 shows it: exact bytes (kept as {@code byte[]}) base64-encoded on
     * request, else as UTF-8 text; strings likewise.
     */
    private static Object encoded(Object value, boolean base64) {
        if (value == null) {
            return null;
        }
        byte[] bytes = value instanceof byte[] b ? b : value.toString().getBytes(StandardCharsets.UTF_8);
        return base64 ? Base64.getEncoder().encodeToString(bytes) : (value instanceof byte[] ? new String(bytes,
                StandardCharsets.UTF_8) : value);
    }

    private Judge0Status outcome(Map<String, Object> all, Verdict v, String token) {
        List<TestResult> ran = v.tests().stream().filter(t -> t.status() != Status.SKIPPED).toList();
        TestResult deciding = ran.stream().filter(t -> t.status().failed()).findFirst()
                .orElse(ran.isEmpty() ? null : ran.get(0));
        FullOutputStore.Outputs shown = deciding == null ? null : outputs.exactOutputs(token, deciding);
        all.put("stdout", shown == null ? null : shown.stdout());
        all.put("stderr", shown == null || shown.stderr().length == 0 ? null : shown.stderr());
        all.put("compile_output", v.compileOutput());
        all.put("message", v.message());
        all.put("time", ran.isEmpty() ? null : seconds(ran.stream().mapToDouble(TestResult::cpuTimeSec).average().orElse(0)));
        all.put("wall_time", ran.isEmpty() ? null : seconds(ran.stream().mapToDouble(TestResult::wallTimeSec).average().orElse(0)));
        all.put("memory", ran.isEmpty() ? null : Math.round(ran.stream().mapToLong(TestResult::memoryKb).average().orElse(0)));
        all.put("exit_code", deciding == null ? null : deciding.exitCode());
        all.put("exit_signal", deciding == null ? null : deciding.signal());
        String created = (String) all.get("created_at");
        all.put("finished_at", Instant.parse(created).plusMillis(v.timings().totalMs()).toString());
        return Judge0Status.of(v, deciding);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
