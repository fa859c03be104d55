package dev.judge.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerOptionsTest {

    @Test
    void optionsThatShapeTheCompileAreAllowed() {
        assertThat(CompilerOptions.problem(Language.CPP,
                List.of("-DONLINE_JUDGE", "-DN=5", "-UDEBUG", "-O3", "-std=c++17", "-Wall", "-Wno-unused-result", "-w",
                        "-g", "-pedantic", "-fno-exceptions", "-lm", "-pthread", "-mavx2"))).isEmpty();
        assertThat(CompilerOptions.problem(Language.C, List.of("-std=gnu11", "-O2", "-Wshadow"))).isEmpty();
        assertThat(CompilerOptions.problem(Language.JAVA, List.of("-Xlint:unchecked", "-nowarn", "-g:none"))).isEmpty();
        assertThat(CompilerOptions.problem(Language.PYTHON, List.of())).isEmpty();
    }

    @Test
    void optionsThatReachOtherFilesOrToolsAreRefusedByName() {
        for (String option : List.of("-Wl,-rpath,/tmp", "-Wa,--defsym", "-Wp,-MD,/box/x", "-fplugin=/box/evil.so",
                "-B/box", "-specs=/box/s", "@/etc/passwd", "-o", "/etc/passwd", "-include/etc/shadow", "-I/root",
                "-L/box", "-lrt", "-x", "--param=x=1", "-save-temps")) {
            assertThat(CompilerOptions.problem(Language.C, List.of("-O2", option))).as(option)
                    .hasValueSatisfying(p -> assertThat(p.toString()).startsWith("compilerOptions: '").contains(option.length() > 64
                            ? option.substring(0, 64) : option).contains("not allowed for c"));
        }
        assertThat(CompilerOptions.problem(Language.JAVA, List.of("-processorpath", "/box")))
                .hasValueSatisfying(p -> assertThat(p.message()).contains("'-processorpath'", "not allowed for java"));
        assertThat(CompilerOptions.problem(Language.JAVA, List.of("-J-Xmx8g"))).isPresent();
    }

    @Test
    void interpretedLanguagesTakeNoOptions() {
        assertThat(CompilerOptions.problem(Language.PYTHON, List.of("-O")))
                .hasValue(new Problem("compilerOptions", "python takes no compiler options (got '-O')"));
        assertThat(CompilerOptions.problem(Language.JAVASCRIPT, List.of("--allow-natives-syntax"))).isPresent();
    }

    @Test
    void theValidatorRejectsASubmissionWithARefusedOption() {
        Submission s = new Submission("a", "c", "int main(){}", List.of(new Submission.TestCase("", "")), null,
                List.of("-Wl,-z,execstack"), null, null, null, null);
        var result = new SubmissionValidator(LanguageCatalog.defaults()).validate(s);
        assertThat(((SubmissionValidator.Invalid) result).message()).contains("compilerOptions: '-Wl,-z,execstack'");
    }
}
