package dev.judge.api.judge0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.api.catalog.Languages;
import dev.judge.model.Json;
import dev.judge.model.LanguageCatalog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a Judge0 request: Judge0's fields, defaults, limits and errors per field. */
class Judge0RequestReaderTest {

    private final Judge0RequestReader reader = new Judge0RequestReader(
            new Languages(language -> Optional.of("1.0"), LanguageCatalog.defaults()),
            url -> url.contains("10.0.0.1") ? List.of("resolves to an internal address (10.0.0.1)") : List.of());

    private Judge0RequestReader.Accepted read(String json, boolean base64) {
        return reader.read(Json.mapper().readTree(json), base64);
    }

    private static java.util.Map<String, List<String>> errors(Runnable r) {
        try {
            r.run();
        } catch (Judge0ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("no validation error");
    }

    @Test
    void aMinimalRequestGetsJudge0sDefaultsAndOneTest() {
        var a = read("{\"source_code\": \"print(1)\", \"language_id\": 71}", false);
        assertThat(a.submission().language()).isEqualTo("python");
        assertThat(a.submission().tests()).hasSize(1);
        assertThat(a.request().cpuTimeLimit()).isEqualTo(Judge0Limits.CPU_TIME_LIMIT);
        assertThat(a.request().memoryLimit()).isEqualTo(Judge0Limits.MEMORY_LIMIT);
        assertThat(a.request().numberOfRuns()).isEqualTo(1);
        assertThat(a.request().token()).isEqualTo(a.submission().id()).isEqualTo(a.token());
    }

    @Test
    void numberOfRunsRunsTheSameTestThatManyTimes() {
        var a = read("{\"source_code\": \"x\", \"language_id\": 50, \"stdin\": \"1\", \"expected_output\": \"2\","
                + " \"number_of_runs\": 3}", false);
        assertThat(a.submission().tests()).hasSize(3).allSatisfy(t -> assertThat(t.stdinBytes()).containsExactly('1'));
    }

    @Test
    void base64FieldsAreDecoded() {
        var a = read("{\"source_code\": \"cHJpbnQoMSk=\", \"language_id\": 71, \"stdin\": \"aGk=\"}", true);
        assertThat(a.submission().source()).isEqualTo("print(1)");
        assertThat(a.request().stdin()).containsExactly('h', 'i');
        assertThat(a.request().base64Encoded()).isTrue();
    }

    @Test
    void base64IsBinarySafeAndStrict() {
        var a = read("{\"source_code\": \"eA==\", \"language_id\": 71, \"stdin\": \"//4AAQ==\"}", true);
        assertThat(a.submission().tests().get(0).stdinBytes()).containsExactly(0xff, 0xfe, 0x00, 0x01);
        var e = errors(() -> read("{\"source_code\": \"eA==\", \"language_id\": 71, \"stdin\": \"%%%%\"}", true));
        assertThat(e).containsOnlyKeys("stdin");
        var wrapped = read("{\"source_code\": \"cHJp\\nbnQoMSk=\\n\", \"language_id\": 71}", true);
        assertThat(wrapped.submission().source()).isEqualTo("print(1)");
        var notText = errors(() -> read("{\"source_code\": \"//4=\", \"language_id\": 71}", true));
        assertThat(notText.get("source_code")).containsExactly("must be UTF-8 text");
    }

    @Test
    void integersBeyondSixtyFourBitsOrNegativeNameTheirField() {
        var e = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 99999999999999999999999,"
                + " \"memory_limit\": -99999999999999999999999, \"stack_limit\": -1, \"number_of_runs\": 1e400}", false));
        assertThat(e).containsKeys("language_id", "memory_limit", "stack_limit", "number_of_runs");
    }

    @Test
    void everyProblemIsReportedUnderItsField() {
        var e = errors(() -> read("{\"language_id\": 9999, \"cpu_time_limit\": -1, \"memory_limit\": 1.5,"
                + " \"enable_network\": true, \"callback_url\": \"http://10.0.0.1/x\", \"redirect_stderr_to_stdout\": \"yes\"}", false));
        assertThat(e).containsKeys("source_code", "language_id", "cpu_time_limit", "memory_limit", "enable_network",
                "callback_url", "redirect_stderr_to_stdout");
        assertThat(e.get("language_id")).containsExactly("language with id 9999 doesn't exist");
    }

    @Test
    void limitsAboveJudge0sMaximaAreRefused() {
        var e = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 71, \"cpu_time_limit\": 100000}", false));
        assertThat(e.get("cpu_time_limit")).singleElement().asString().startsWith("must be less than or equal to");
    }

    @Test
    void notAnObjectIsRefused() {
        assertThatThrownBy(() -> read("[1, 2]", false)).isInstanceOf(Judge0ValidationException.class);
    }

    @Test
    void everyLimitHasJudge0sDefault() {
        var r = read("{\"source_code\": \"x\", \"language_id\": 71}", false).request();
        assertThat(r.cpuTimeLimit()).isEqualTo(5);
        assertThat(r.cpuExtraTime()).isEqualTo(1);
        assertThat(r.wallTimeLimit()).isEqualTo(10);
        assertThat(r.memoryLimit()).isEqualTo(128_000);
        assertThat(r.stackLimit()).isEqualTo(64_000);
        assertThat(r.maxProcessesAndOrThreads()).isEqualTo(60);
        assertThat(r.maxFileSize()).isEqualTo(1_024);
        assertThat(r.numberOfRuns()).isEqualTo(1);
        assertThat(r.perProcessAndThreadTimeLimit()).isFalse();
        assertThat(r.perProcessAndThreadMemoryLimit()).isFalse();
        assertThat(r.redirectStderrToStdout()).isFalse();
    }

    @Test
    void theLimitsGivenAreTheLimitsAskedOfThePipeline() {
        var a = read("{\"source_code\": \"x\", \"language_id\": 71, \"cpu_time_limit\": 2.5, \"cpu_extra_time\": 0,"
                + " \"wall_time_limit\": 20, \"memory_limit\": 512000, \"stack_limit\": 128000,"
                + " \"max_processes_and_or_threads\": 120, \"max_file_size\": 4096, \"number_of_runs\": 20}", false);
        assertThat(a.submission().limits()).isEqualTo(new dev.judge.model.Submission.RequestedLimits(
                2.5, 0.0, 20.0, 512_000L, 128_000L, 120, 4_096L));
        assertThat(a.submission().tests()).hasSize(20);
    }

    @Test
    void eachLimitAboveItsMaximumIsRefusedUnderItsName() {
        var e = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 71, \"cpu_time_limit\": 15.5,"
                + " \"cpu_extra_time\": 5.5, \"wall_time_limit\": 21, \"memory_limit\": 512001, \"stack_limit\": 128001,"
                + " \"max_processes_and_or_threads\": 121, \"max_file_size\": 4097, \"number_of_runs\": 21}", false));
        assertThat(e).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "cpu_time_limit", List.of("must be less than or equal to 15"),
                "cpu_extra_time", List.of("must be less than or equal to 5"),
                "wall_time_limit", List.of("must be less than or equal to 20"),
                "memory_limit", List.of("must be less than or equal to 512000"),
                "stack_limit", List.of("must be less than or equal to 128000"),
                "max_processes_and_or_threads", List.of("must be less than or equal to 120"),
                "max_file_size", List.of("must be less than or equal to 4096"),
                "number_of_runs", List.of("must be less than or equal to 20")));
    }

    @Test
    void limitsBelowTheirMinimaAreRefused() {
        var e = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 71, \"cpu_time_limit\": 0,"
                + " \"cpu_extra_time\": -0.1, \"memory_limit\": 2047, \"number_of_runs\": 0}", false));
        assertThat(e.get("cpu_time_limit")).containsExactly("must be greater than 0");
        assertThat(e.get("cpu_extra_time")).containsExactly("must be greater than or equal to 0");
        assertThat(e.get("memory_limit")).containsExactly("must be greater than or equal to 2048");
        assertThat(e.get("number_of_runs")).containsExactly("must be greater than or equal to 1");
    }

    @Test
    void fieldsOfTheWrongTypeSayWhatTheyMustBe() {
        var e = errors(() -> read("{\"source_code\": 12, \"language_id\": \"71\", \"stdin\": [], \"cpu_time_limit\": \"2\","
                + " \"memory_limit\": 2048.5, \"enable_per_process_and_thread_time_limit\": 1, \"compiler_options\": true}",
                false));
        assertThat(e.get("source_code")).containsExactly("must be a string");
        assertThat(e.get("language_id")).containsExactly("is not a number");
        assertThat(e.get("stdin")).containsExactly("must be a string");
        assertThat(e.get("cpu_time_limit")).containsExactly("is not a number");
        assertThat(e.get("memory_limit")).containsExactly("is not a number (must be an integer)");
        assertThat(e.get("enable_per_process_and_thread_time_limit")).containsExactly("must be true or false");
        assertThat(e.get("compiler_options")).containsExactly("must be a string");
    }

    @Test
    void aMissingOrEmptySourceAndAMissingLanguageCantBeBlank() {
        assertThat(errors(() -> read("{}", false))).containsEntry("source_code", List.of("can't be blank"))
                .containsEntry("language_id", List.of("can't be blank"));
        assertThat(errors(() -> read("{\"source_code\": \"\", \"language_id\": 71}", false)))
                .containsOnlyKeys("source_code");
        assertThat(errors(() -> read("{\"source_code\": null, \"language_id\": 71}", false)))
                .containsOnlyKeys("source_code");
    }

    @Test
    void expectedOutputIsDecodedLikeStdinAndNullsAreAbsent() {
        var a = read("{\"source_code\": \"eA==\", \"language_id\": 71, \"stdin\": null, \"expected_output\": \"MgoK\"}", true);
        assertThat(a.request().stdin()).isNull();
        assertThat(a.request().expectedOutput()).containsExactly('2', '\n', '\n');
        assertThat(a.submission().tests().get(0).stdinBytes()).isEmpty();
        assertThat(a.submission().tests().get(0).expectedBytes()).containsExactly('2', '\n', '\n');
        var e = errors(() -> read("{\"source_code\": \"eA==\", \"language_id\": 71, \"expected_output\": \"a b\"}", true));
        assertThat(e).containsExactly(java.util.Map.entry("expected_output", List.of("is not valid base64")));
    }

    @Test
    void withoutBase64TextIsTakenAsUtf8() {
        var a = read("{\"source_code\": \"print('é')\", \"language_id\": 71, \"stdin\": \"é\"}", false);
        assertThat(a.submission().source()).isEqualTo("print('é')");
        assertThat(a.request().stdin()).isEqualTo("é".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(a.request().base64Encoded()).isFalse();
    }

    @Test
    void compilerOptionsAndArgumentsAreSplitAsAShellWould() {
        var a = read("{\"source_code\": \"x\", \"language_id\": 50, \"compiler_options\": \"-O2 -DNAME='a b'\","
                + " \"command_line_arguments\": \"one \\\"two three\\\"\"}", false);
        assertThat(a.submission().compilerOptions()).containsExactly("-O2", "-DNAME=a b");
        assertThat(a.submission().arguments()).containsExactly("one", "two three");
        assertThat(a.request().compilerOptions()).isEqualTo("-O2 -DNAME='a b'");
        var e = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 50, \"compiler_options\": \"'open\"}", false));
        assertThat(e.get("compiler_options")).containsExactly("cannot be split into words: unterminated single quote");
        var tooLong = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 50, \"command_line_arguments\": \""
                + "a".repeat(513) + "\"}", false));
        assertThat(tooLong.get("command_line_arguments")).containsExactly("is too long (maximum is 512 characters)");
    }

    @Test
    void aCallbackUrlIsCheckedAndKept() {
        var a = read("{\"source_code\": \"x\", \"language_id\": 71, \"callback_url\": \"http://93.184.216.34/cb\"}", false);
        assertThat(a.request().callbackUrl()).isEqualTo("http://93.184.216.34/cb");
        var e = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 71, \"callback_url\": \"http://10.0.0.1/\"}", false));
        assertThat(e).containsExactly(java.util.Map.entry("callback_url",
                List.of("resolves to an internal address (10.0.0.1)")));
    }

    @Test
    void aProblemIdTakesThePlaceOfTheInlineTest() {
        var a = read("{\"source_code\": \"x\", \"language_id\": 71, \"problem_id\": \"aplusb\"}", false);
        assertThat(a.submission().problemId()).isEqualTo("aplusb");
        assertThat(a.submission().tests()).isNull();
    }

    @Test
    void additionalFilesComeWithTheSubmissionAndMakeTheSourceOptional() {
        String zip = zipOf("run", "echo hi");
        var a = read("{\"language_id\": 89, \"additional_files\": \"" + zip + "\"}", false);
        assertThat(a.submission().source()).isNull();
        assertThat(a.submission().files()).extracting(dev.judge.model.Submission.SourceFile::name).containsExactly("run");
    }

    @Test
    void aBadArchiveIsReportedUnderAdditionalFiles() {
        var notZip = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 89, \"additional_files\": \"aGVsbG8=\"}", false));
        assertThat(notZip).containsExactly(java.util.Map.entry("additional_files",
                List.of("is not a zip archive with at least one file")));
        var notString = errors(() -> read("{\"source_code\": \"x\", \"language_id\": 89, \"additional_files\": {}}", false));
        assertThat(notString.get("additional_files")).containsExactly("must be a base64 zip archive");
        var inFolder = errors(() -> read("{\"language_id\": 89, \"additional_files\": \"" + zipOf("a/run", "x") + "\"}", false));
        assertThat(inFolder.get("additional_files")).singleElement().asString().contains("in a folder");
    }

    private static String zipOf(String name, String content) {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(bytes)) {
            out.putNextEntry(new java.util.zip.ZipEntry(name));
            out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
