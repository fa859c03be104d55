package dev.judge.pipeline;

import static dev.judge.pipeline.Submissions.aPlusB;
import static dev.judge.pipeline.Submissions.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.judge.model.Status;
import dev.judge.model.Verdict;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Submissions through all three services: real broker, real Redis, real compilers, real sandbox. */
class PipelineEndToEndIT {

    private static Pipeline pipeline;
    private static JudgeClient client;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("e2e").startAll();
        client = new JudgeClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        pipeline.close();
    }

    private static String newId(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Verdict awaitVerdict(String id) {
        return await().atMost(Duration.ofSeconds(120)).until(() -> client.verdict(id), java.util.Optional::isPresent).get();
    }

    @ParameterizedTest
    @CsvSource({"c", "cpp", "java", "python", "javascript"})
    void aPlusBIsAcceptedInEveryLanguage(String language) {
        String source = switch (language) {
            case "c" -> Submissions.APLUSB_C;
            case "cpp" -> Submissions.APLUSB_CPP;
            case "java" -> Submissions.APLUSB_JAVA;
            case "python" -> Submissions.APLUSB_PY;
            default -> Submissions.APLUSB_JS;
        };
        String id = newId("aplusb-" + language);
        client.send(id, aPlusB(id, language, source, null));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).as("%s: %s", language, v).isEqualTo(Status.ACCEPTED);
        assertThat(v.passed()).isEqualTo(3);
        assertThat(v.total()).isEqualTo(3);
        assertThat(v.tests()).extracting(t -> t.status()).containsOnly(Status.ACCEPTED);
        assertThat(v.tests().get(1).stdout()).isEqualTo("42\n");
        assertThat(v.timings().totalMs()).isGreaterThanOrEqualTo(v.timings().runMs());
    }

    @Test
    void aJavaProgramStartsFromTheClassThatDeclaresMainWhateverItIsCalled() {
        String id = newId("java-different");
        client.send(id, aPlusB(id, "java", "import java.util.*;\\npublic class Different {\\n  public static void main(String[] a) {"
                + " Scanner s = new Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); }\\n}\\n", null));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).as("%s", v).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void aWrongAnswerIsTheFirstFailingTestsStatus() {
        String id = newId("wa");
        client.send(id, aPlusB(id, "python", "a, b = map(int, input().split())\\nprint(a + b if a != 40 else 0)\\n", null));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(v.passed()).isEqualTo(2);
        assertThat(v.tests().get(1).status()).isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void aSpinningProgramExceedsTheTimeLimit() {
        String id = newId("tle");
        client.send(id, single(id, "c", "int main(void){for(;;);}", "", "", "{\"cpuTimeSec\": 0.5}"));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.TIME_LIMIT_EXCEEDED);
        assertThat(v.cpuTimeSec()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void aGreedyProgramExceedsTheMemoryLimit() {
        String id = newId("mle");
        String source = "#include <stdlib.h>\\n#include <string.h>\\nint main(void){for(;;){char*p=malloc(1<<20);memset(p,1,1<<20);}}";
        client.send(id, single(id, "c", source, "", "", "{\"memoryKb\": 65536}"));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.MEMORY_LIMIT_EXCEEDED);
    }

    @Test
    void aCrashIsARuntimeError() {
        String id = newId("re");
        client.send(id, single(id, "cpp", "int main(){int*p=nullptr;return *p;}", "", "", null));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.RUNTIME_ERROR);
        assertThat(v.tests().get(0).signal()).isEqualTo(11);
    }

    @Test
    void aCompileErrorCarriesTheCompilerOutput() {
        String id = newId("ce");
        client.send(id, single(id, "c", "int main(void){ return undefined_name; }", "", "", null));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.COMPILATION_ERROR);
        assertThat(v.compileOutput()).contains("undefined_name");
        assertThat(v.tests()).isEmpty();
    }

    @Test
    void aPythonSyntaxErrorIsACompileError() {
        String id = newId("py-syntax");
        client.send(id, single(id, "python", "def broken(:\\n    pass\\n", "", "", null));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.COMPILATION_ERROR);
        assertThat(v.compileOutput()).contains("SyntaxError");
    }

    @Test
    void anUnknownLanguageIsRejectedByName() {
        String id = newId("rej-lang");
        client.send(id, single(id, "no-such-language", "x", "", "", null));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.REJECTED);
        assertThat(v.message()).contains("language", "no-such-language");
    }

    @Test
    void aSubmissionWithoutTestsIsRejected() {
        String id = newId("rej-tests");
        client.send(id, "{\"id\": \"" + id + "\", \"language\": \"c\", \"source\": \"int main(){}\", \"tests\": []}");
        assertThat(awaitVerdict(id).message()).contains("tests");
    }

    @Test
    void aLimitAboveItsCapIsRejectedNamingTheField() {
        String id = newId("rej-cap");
        client.send(id, single(id, "python", "print(1)", "", "1", "{\"cpuTimeSec\": 60}"));
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.REJECTED);
        assertThat(v.message()).contains("limits.cpuTimeSec");
    }

    @Test
    void aMalformedSubmissionIsRejectedUsingTheRecordKey() {
        String id = newId("rej-malformed");
        client.send(id, "{\"language\": \"c\", \"tests\": \"not a list\"}");
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.REJECTED);
        assertThat(v.message()).contains("malformed");
    }

    @Test
    void aNonJsonRecordGoesToTheDeadLetterTopicAndTheNextSubmissionIsJudged() {
        client.send(null, "this is not json {");
        String id = newId("after-garbage");
        client.send(id, single(id, "python", "print(input())", "hello", "hello", null));
        assertThat(awaitVerdict(id).status()).isEqualTo(Status.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> client.deadLetters().stream()
                .anyMatch(r -> "this is not json {".equals(r.value())));
        var letter = client.deadLetters().stream().filter(r -> "this is not json {".equals(r.value())).findFirst().orElseThrow();
        assertThat(JudgeClient.header(letter, "kafka_dlt-exception-message")).contains("not JSON");
    }

    @Test
    void aResentIdChangesNothingAndADifferentBodyUnderItIsRejected() {
        String id = newId("resend");
        String body = single(id, "python", "print(input())", "x", "x", null);
        client.send(id, body);
        assertThat(awaitVerdict(id).status()).isEqualTo(Status.ACCEPTED);
        client.send(id, body);
        client.send(id, single(id, "python", "print('other')", "x", "x", null));
        await().atMost(Duration.ofSeconds(60)).until(() -> client.allVerdicts(id).size() >= 2);
        assertThat(client.allVerdicts(id)).hasSize(2);
        Verdict second = client.allVerdicts(id).get(1);
        assertThat(second.status()).isEqualTo(Status.REJECTED);
        assertThat(second.message()).contains("id already used");
    }

    @Test
    void stopOnFirstFailureSkipsTheTestsAfterIt() {
        String id = newId("stop");
        String json = """
                {"id": "%s", "language": "python", "source": "print(input())", "stopOnFirstFailure": true,
                 "tests": [{"stdin": "a", "expectedOutput": "a"}, {"stdin": "b", "expectedOutput": "WRONG"},
                           {"stdin": "c", "expectedOutput": "c"}, {"stdin": "d", "expectedOutput": "d"}]}
                """.formatted(id);
        client.send(id, json);
        Verdict v = awaitVerdict(id);
        assertThat(v.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(v.tests()).extracting(t -> t.status()).containsExactly(Status.ACCEPTED, Status.WRONG_ANSWER,
                Status.SKIPPED, Status.SKIPPED);
    }
}
