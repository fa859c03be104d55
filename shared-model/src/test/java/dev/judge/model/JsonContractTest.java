package dev.judge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire format of the external contract. */
class JsonContractTest {

    @Test
    void readsTheDocumentedSubmission() {
        String json = """
                { "id": "sub-1", "language": "cpp", "source": "int main(){}",
                  "tests": [ { "stdin": "1 2", "expectedOutput": "3" }, { "stdin": "", "expectedOutput": null } ],
                  "limits": { "cpuTimeSec": 2.0, "memoryKb": 262144 },
                  "compilerOptions": ["-DONLINE_JUDGE"], "compare": { "mode": "float", "epsilon": 1e-6 },
                  "stopOnFirstFailure": true }
                """;
        Submission s = Json.mapper().readValue(json, Submission.class);
        assertThat(s.id()).isEqualTo("sub-1");
        assertThat(s.tests()).hasSize(2);
        assertThat(s.tests().get(1).expectedOutput()).isNull();
        assertThat(s.compare().mode()).isEqualTo(CompareMode.FLOAT);
        assertThat(s.limits().memoryKb()).isEqualTo(262144);
    }

    @Test
    void writesTheDocumentedVerdict() {
        Verdict v = new Verdict("sub-1", Status.ACCEPTED, null, null,
                List.of(new TestResult(0, Status.ACCEPTED, 0.003, 0.01, 3252, 0, null, "3\n", "", false)),
                1, 1, 0.003, 3252, new Verdict.Timings(1, 250, 30, 290));
        String json = Json.mapper().writeValueAsString(v);
        assertThat(json).contains("\"status\":\"ACCEPTED\"", "\"cpuTimeSec\":0.003", "\"memoryKb\":3252",
                "\"timings\":{\"queuedMs\":1,\"compileMs\":250,\"runMs\":30,\"totalMs\":290}", "\"truncated\":false");
        assertThat(Json.mapper().readValue(json, Verdict.class)).isEqualTo(v);
    }

    @Test
    void pipelineEventsCarryTheirType() {
        PipelineEvent e = new PipelineEvent.SubmissionRejected("x", 0, 5, "language: unknown", false);
        String json = Json.mapper().writeValueAsString(e);
        assertThat(json).contains("\"type\":\"SubmissionRejected\"");
        assertThat(Json.mapper().readValue(json, PipelineEvent.class)).isEqualTo(e);
    }
}
