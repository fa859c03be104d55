package dev.judge.api.judge0;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline's validation problems under the names a Judge0 client sent. */
class Judge0FieldsTest {

    @Test
    void nativeFieldsTakeTheirJudge0Names() {
        assertThat(Judge0Fields.fromNative(List.of(
                new Problem("limits.memoryKb", "600000 is above the cap"),
                new Problem("limits.cpuTimeSec", "too much"),
                new Problem("source", "is too large"),
                new Problem("compilerOptions", "-fplugin is not allowed"))))
                .containsExactly(
                        Map.entry("memory_limit", List.of("600000 is above the cap")),
                        Map.entry("cpu_time_limit", List.of("too much")),
                        Map.entry("source_code", List.of("is too large")),
                        Map.entry("compiler_options", List.of("-fplugin is not allowed")));
    }

    @Test
    void problemsOfTheProgramsFilesAreAdditionalFilesProblems() {
        assertThat(Judge0Fields.fromNative(List.of(
                new Problem("files[0].name", "'.x' is not a plain file name"),
                new Problem("files[3].name", "'input.txt' is a name the judge uses"),
                new Problem("files", "the program is larger than 256 KiB"))))
                .containsExactly(Map.entry("additional_files", List.of("'.x' is not a plain file name",
                        "'input.txt' is a name the judge uses", "the program is larger than 256 KiB")));
    }

    @Test
    void aFieldWithoutAJudge0NameKeepsItsOwn() {
        assertThat(Judge0Fields.fromNative(List.of(new Problem("problem_id", "no such problem"))))
                .containsOnlyKeys("problem_id");
    }
}
