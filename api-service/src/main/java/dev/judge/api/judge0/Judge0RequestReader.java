package dev.judge.api.judge0;

import dev.judge.model.Submission;
import dev.judge.model.Utf8;
import dev.judge.api.catalog.Languages;
import dev.judge.state.Judge0Request;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Judge0 submission: checks every field as Judge0 documents it (types, defaults,
 * maxima), decodes base64, and turns it into a native submission with one test, run
 * {@code number_of_runs} times. Problems are collected per field.
 */
final class Judge0RequestReader {

    /** The native submission and what a later GET echoes back. */
    record Accepted(String token, Submission submission, Judge0Request request) {
    }

    private final Languages languages;
    private final Function<String, List<String>> callbackCheck;

    /** @param callbackCheck the problems of a callback URL, empty when it may be called */
    Judge0RequestReader(Languages languages, Function<String, List<String>> callbackCheck) {
        this.languages = languages;
        this.callbackCheck = callbackCheck;
    }

    Accepted read(JsonNode body, boolean base64) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (body == null || !body.isObject()) {
            throw new Judge0ValidationException(Map.of("submission", List.of("must be a JSON object")));
        }
        Fields f = new Fields(body, errors, base64);
        // With additional_files the source may be left out (language 89 runs the archive's scripts).
        boolean withFiles = body.has("additional_files") && !body.get("additional_files").isNull();
        String source = f.sourceText("source_code", !withFiles);
        Long languageId = f.integer("language_id", null, 1, Integer.MAX_VALUE, true);
        Languages.Judge0Language language = null;
        if (languageId != null) {
            language = languages.installedByJudge0Id(languageId.intValue()).orElse(null);
            if (language == null) {
                errors.computeIfAbsent("language_id", k -> new ArrayList<>()).add("language with id " + languageId + " doesn't exist");
            }
        }
        // An extension: the test cases of an imported problem package instead of stdin/expected_output.
        String problemId = f.plain("problem_id", 64);
        byte[] stdin = f.bytes("stdin", false);
        byte[] expected = f.bytes("expected_output", false);
        String compilerOptions = f.plain("compiler_options", 512);
        String arguments = f.plain("command_line_arguments", 512);
        double cpu = f.number("cpu_time_limit", Judge0Limits.CPU_TIME_LIMIT, Judge0Limits.MAX_CPU_TIME_LIMIT);
        double extraTime = f.number("cpu_extra_time", Judge0Limits.CPU_EXTRA_TIME, Judge0Limits.MAX_CPU_EXTRA_TIME);
        double wall = f.number("wall_time_limit", Judge0Limits.WALL_TIME_LIMIT, Judge0Limits.MAX_WALL_TIME_LIMIT);
        long memory = f.integer("memory_limit", Judge0Limits.MEMORY_LIMIT, 2048, Judge0Limits.MAX_MEMORY_LIMIT, false);
        long stack = f.integer("stack_limit", Judge0Limits.STACK_LIMIT, 1, Judge0Limits.MAX_STACK_LIMIT, false);
        long processes = f.integer("max_processes_and_or_threads", Judge0Limits.MAX_PROCESSES, 1, Judge0Limits.MAX_MAX_PROCESSES, false);
        long fileSize = f.integer("max_file_size", Judge0Limits.MAX_FILE_SIZE, 1, Judge0Limits.MAX_MAX_FILE_SIZE, false);
        long runs = f.integer("number_of_runs", Judge0Limits.NUMBER_OF_RUNS, 1, Judge0Limits.MAX_NUMBER_OF_RUNS, false);
        boolean perProcessTime = f.bool("enable_per_process_and_thread_time_limit");
        boolean perProcessMemory = f.bool("enable_per_process_and_thread_memory_limit");
        boolean redirect = f.bool("redirect_stderr_to_stdout");
        if (f.bool("enable_network")) {
            errors.computeIfAbsent("enable_network", k -> new ArrayList<>()).add("is not supported in this version");
        }
        List<Submission.SourceFile> additional = null;
        JsonNode extra = body.get("additional_files");
        if (extra != null && !extra.isNull()) {
            try {
                additional = extra.isString() ? AdditionalFiles.read(extra.asString())
                        : failArchive("must be a base64 zip archive");
            } catch (AdditionalFiles.InvalidArchiveException e) {
                errors.computeIfAbsent("additional_files", k -> new ArrayList<>()).add(e.getMessage());
            }
        }
        String callback = f.plain("callback_url", 2048);
        if (callback != null) {
            List<String> problems = callbackCheck.apply(callback);
            if (!problems.isEmpty()) {
                errors.computeIfAbsent("callback_url", k -> new ArrayList<>()).addAll(problems);
            }
        }
        List<String> options = f.words("compiler_options", compilerOptions);
        List<String> args = f.words("command_line_arguments", arguments);
        if (!errors.isEmpty()) {
            throw new Judge0ValidationException(errors);
        }
        String token = UUID.randomUUID().toString();
        List<Submission.TestCase> tests = problemId != null ? null : Collections.nCopies((int) runs,
                Submission.TestCase.ofBytes(stdin == null ? new byte[0] : stdin, expected));
        Submission submission = new Submission(token, language.language().wireName(), source, tests,
                new Submission.RequestedLimits(cpu, extraTime, wall, memory, stack, (int) processes, fileSize),
                options, args, redirect, null, false, additional, null, problemId);
        Judge0Request request = new Judge0Request(token, source, language.id(), stdin, expected, compilerOptions,
                arguments, callback, cpu, extraTime, wall, memory, stack, processes, fileSize, (int) runs, perProcessTime,
                perProcessMemory, redirect, Instant.now(), base64);
        return new Accepted(token, submission, request);
    }

    private static List<Submission.SourceFile> failArchive(String message) throws AdditionalFiles.InvalidArchiveException {
        throw new AdditionalFiles.InvalidArchiveException(message);
    }

    /** Field readers that record a problem per field instead of throwing. */
    private static final class Fields {
        private final JsonNode body;
        private final Map<String, List<String>> errors;
        private final boolean base64;

        Fields(JsonNode body, Map<String, List<String>> errors, boolean base64) {
            this.body = body;
            this.errors = errors;
            this.base64 = base64;
        }

        private void problem(String field, String message) {
            errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        }

        private JsonNode value(String field) {
            JsonNode v = body.get(field);
            return v == null || v.isNull() ? null : v;
        }

        /** A text field that base64_encoded=true applies to, as its exact bytes. */
        byte[] bytes(String field, boolean required) {
            JsonNode v = value(field);
            if (v == null || v.isString() && v.asString().isEmpty() && required) {
                if (required) {
                    problem(field, "can't be blank");
                }
                return null;
            }
            if (!v.isString()) {
                problem(field, "must be a string");
                return null;
            }
            if (!base64) {
                return v.asString().getBytes(StandardCharsets.UTF_8);
            }
            try {
                // Line breaks are allowed (encoders wrap lines); any other character outside the alphabet is not.
                return Base64.getDecoder().decode(v.asString().replaceAll("[\\r\\n]", ""));
            } catch (IllegalArgumentException e) {
                problem(field, "is not valid base64");
                return null;
            }
        }

        /** The source, which must be UTF-8 text (base64 or not). */
        String sourceText(String field, boolean required) {
            byte[] b = bytes(field, required);
            if (b == null) {
                return null;
            }
            if (!Utf8.isValid(b)) {
                problem(field, "must be UTF-8 text");
                return null;
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        String plain(String field, int maxLength) {
            JsonNode v = value(field);
            if (v == null) {
                return null;
            }
            if (!v.isString()) {
                problem(field, "must be a string");
                return null;
            }
            if (v.asString().length() > maxLength) {
                problem(field, "is too long (maximum is " + maxLength + " characters)");
                return null;
            }
            return v.asString();
        }

        List<String> words(String field, String line) {
            if (line == null || line.isBlank()) {
                return List.of();
            }
            try {
                return ShellWords.split(line);
            } catch (IllegalArgumentException e) {
                problem(field, "cannot be split into words: " + e.getMessage());
                return List.of();
            }
        }

        double number(String field, double def, double max) {
            JsonNode v = value(field);
            if (v == null) {
                return def;
            }
            if (!v.isNumber()) {
                problem(field, "is not a number");
                return def;
            }
            double d = v.asDouble();
            if (d <= 0 && !field.equals("cpu_extra_time") || d < 0) {
                problem(field, "must be greater than " + (field.equals("cpu_extra_time") ? "or equal to 0" : "0"));
            } else if (d > max) {
                problem(field, "must be less than or equal to " + format(max));
            }
            return d;
        }

        Long integer(String field, Long def, long min, long max, boolean required) {
            JsonNode v = value(field);
            if (v == null) {
                if (required) {
                    problem(field, "can't be blank");
                }
                return def;
            }
            if (!v.isIntegralNumber()) {
                problem(field, "is not a number" + (v.isNumber() ? " (must be an integer)" : ""));
                return def;
            }
            if (!v.canConvertToLong()) {
                problem(field, v.bigIntegerValue().signum() < 0 ? "must be greater than or equal to " + min
                        : "must be less than or equal to " + max);
                return def;
            }
            long n = v.asLong();
            if (n < min) {
                problem(field, "must be greater than or equal to " + min);
            } else if (n > max) {
                problem(field, "must be less than or equal to " + max);
            }
            return n;
        }

        boolean bool(String field) {
            JsonNode v = value(field);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                problem(field, "must be true or false");
                return false;
            }
            return v.asBoolean();
        }

        private static String format(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}
