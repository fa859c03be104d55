package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults that submitted programs cause, in the middle of a burst of ordinary submissions: a
 * compilation that never ends, and programs that fill the box's file systems. Each ends as a
 * verdict about the program (COMPILATION_ERROR naming the limit; a limit or runtime verdict),
 * never an INTERNAL_ERROR, a lost submission or a stalled stage, and the boxes they used judge the
 * next submissions normally. C++ compiles get 3 s of CPU and 6 s of wall time here, so the test is
 * short; the limits are the profiles' otherwise.
 */
class StageFaultsIT {

    private static final String GROUP = "stage-faults-" + UUID.randomUUID().toString().substring(0, 6);

    /** Constant evaluation of 4·10^10 steps: GCC works on it for minutes, far past any compile limit. */
    private static final String ENDLESS_COMPILE = "constexpr long spin() { long s = 0; for (long i = 0; i < 200000; i++)"
            + " for (long j = 0; j < 200000; j++) s += i ^ j; return s; }\\nstatic_assert(spin() != 1);\\nint main() {}\\n";

    /**
     * Writes files of 4 MiB (under its 8 MiB file size limit) into the directory it is given until
     * one cannot be written whole (the file system is full), then prints "full".
     */
    private static final String FILL = "#include <stdio.h>\\n#include <string.h>\\nstatic char b[1 << 20];\\n"
            + "int main(int c, char **v) { memset(b, 1, sizeof b); for (int i = 0; ; i++) { char p[256];"
            + " snprintf(p, sizeof p, \\\"%s/fill%d\\\", v[1], i); FILE *f = fopen(p, \\\"w\\\"); if (!f) break; int k = 0;"
            + " while (k < 4 && fwrite(b, 1, sizeof b, f) == sizeof b && fflush(f) == 0) k++;"
            + " if (fclose(f) != 0 || k < 4) break; } puts(\\\"full\\\"); return 0; }\\n";

    private static Pipeline pipeline;
    private static JudgeClient topic;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline(GROUP).with(Map.of(
                "judge.compile.limits.cpp.cpu-time-sec", "3",
                "judge.compile.limits.cpp.wall-time-sec", "6",
                "judge.compile.limits.cpp.memory-kb", "1048576",
                "judge.compile.limits.cpp.processes", "64",
                "judge.compile.limits.cpp.output-kb", "131072")).startAll();
        topic = new JudgeClient();
    }

    @AfterAll
    static void stop() {
        topic.close();
        pipeline.close();
    }

    private static String endless(String id, int n) {
        return """
                {"id": "%s", "language": "cpp", "source": "// %d\\n%s", "tests": [{"stdin": "", "expectedOutput": ""}]}
                """.formatted(id, n, ENDLESS_COMPILE);
    }

    private static String filler(String id, int n, String dir) {
        return """
                {"id": "%s", "language": "c", "source": "/* %d */\\n%s", "arguments": ["%s"],
                 "tests": [{"stdin": "", "expectedOutput": "full"}],
                 "limits": {"cpuTimeSec": 5, "wallTimeSec": 20, "outputLimitKb": 8192}}
                """.formatted(id, n, FILL, dir);
    }

    @Test
    void aCompilationThatNeverEndsIsACompilationErrorAndTheStageGoesOn() {
        try (Burst burst = new Burst(pipeline.api(0), 24, Duration.ofMillis(250),
                (n, id) -> n % 6 == 0 ? endless(id, n) : FaultMix.body(n, id))) {
            burst.awaitAnswered(Duration.ofSeconds(60));
            FaultFigures figures = FaultFigures.settle("a compilation that never ends (4 of 24)", burst, topic, System.nanoTime(),
                    Duration.ofMinutes(4));
            assertThat(figures.lost()).isEmpty();
            assertThat(figures.shown()).doesNotContainKey("INTERNAL_ERROR");
            for (String id : burst.accepted()) {
                if (Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) % 6 == 0) {
                    var v = topic.allVerdicts(id).get(0);
                    assertThat(v.status()).as("%s", v).hasToString("COMPILATION_ERROR");
                    assertThat(v.message()).as("%s", v).contains("compilation exceeded its", "time limit", "cpp");
                }
            }
        }
        FaultMix.assertServing(pipeline.api(0));
    }

    @Test
    void programsThatFillTheBoxAreJudgedAndTheBoxesServeTheNextOnes() {
        try (Burst burst = new Burst(pipeline.api(0), 24, Duration.ofMillis(250), (n, id) -> switch (n % 3) {
            case 0 -> filler(id, n, "/tmp");
            case 1 -> filler(id, n, "/box");
            default -> FaultMix.body(n, id);
        })) {
            burst.awaitAnswered(Duration.ofSeconds(60));
            FaultFigures figures = FaultFigures.settle("programs filling /tmp and /box (16 of 24)", burst, topic, System.nanoTime(),
                    Duration.ofMinutes(4));
            assertThat(figures.lost()).isEmpty();
            assertThat(figures.shown()).doesNotContainKey("INTERNAL_ERROR");
            for (String id : burst.accepted()) {
                int n = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
                var v = topic.allVerdicts(id).get(0);
                if (n % 3 == 0) {
                    assertThat(v.status()).as("a full /tmp is the program's to handle: %s", v).hasToString("ACCEPTED");
                } else if (n % 3 == 1) {
                    // A full /box refuses even the program's stdout: a wrong answer, or the memory the files took.
                    assertThat(v.status().name()).as("%s", v).isIn("ACCEPTED", "WRONG_ANSWER", "RUNTIME_ERROR",
                            "MEMORY_LIMIT_EXCEEDED", "OUTPUT_LIMIT_EXCEEDED");
                }
            }
        }
        FaultMix.assertServing(pipeline.api(0));
    }
}
