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
}
