package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

/**
 * The submissions of a fault test's burst, a mix of what a judge sees: Python and C (compiled, each
 * its own program, so compiles and artifacts are part of the burst), right and wrong answers, a
 * time limit; and the check that the stack serves again after the fault.
 */
final class FaultMix {

    private FaultMix() {
    }

    /** The n-th submission of a burst, under {@code id}. */
    static String body(int n, String id) {
        return switch (n % 4) {
            case 0 -> """
                    {"id": "%s", "language": "python", "source": "a, b = map(int, input().split())\\nprint(a + b)  # %d\\n",
                     "tests": [{"stdin": "2 3", "expectedOutput": "5"}, {"stdin": "40 2", "expectedOutput": "42"}]}
                    """.formatted(id, n);
            case 1 -> """
                    {"id": "%s", "language": "c", "source": "#include <stdio.h>\\n/* %d */\\nint main(void){long a,b;scanf(\\"%%ld %%ld\\",&a,&b);printf(\\"%%ld\\\\n\\",a+b);}\\n",
                     "tests": [{"stdin": "2 3", "expectedOutput": "5"}, {"stdin": "40 2", "expectedOutput": "42"}]}
                    """.formatted(id, n);
            case 2 -> """
                    {"id": "%s", "language": "python", "source": "print(int(input()) * 2)  # %d\\n",
                     "tests": [{"stdin": "2", "expectedOutput": "5"}]}
                    """.formatted(id, n);
            default -> """
                    {"id": "%s", "language": "c", "source": "/* %d */ int main(void){for(;;);}",
                     "tests": [{"stdin": ""}], "limits": {"cpuTimeSec": 0.3}}
                    """.formatted(id, n);
        };
    }

    /**
     * The stack serves again without anyone's help: a new submission through the native API and one
     * through Judge0's (whose languages come from Redis) get their verdicts.
     */
    static void assertServing(String api) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            Http.Response nativeApi = Http.post(api + "/api/v1/submissions?wait=true", """
                    {"language": "python", "source": "print(input()[::-1])", "tests": [{"stdin": "judge", "expectedOutput": "egduj"}]}
                    """);
            assertThat(nativeApi.status()).isEqualTo(200);
            assertThat(nativeApi.json().get("status").asString()).isEqualTo("ACCEPTED");
            Http.Response judge0 = Http.post(api + "/submissions?wait=true",
                    "{\"source_code\": \"print(input()[::-1])\", \"language_id\": 71, \"stdin\": \"judge\", \"expected_output\": \"egduj\"}");
            assertThat(judge0.status()).as(judge0.body()).isIn(200, 201);
            assertThat(judge0.json().get("status").get("id").asInt()).as(judge0.body()).isEqualTo(3);
        });
    }
}
