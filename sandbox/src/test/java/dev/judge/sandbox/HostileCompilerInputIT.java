package dev.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Compiler input is untrusted too: every attack ends as a bounded compile failure. */
@ExtendWith(HostUnaffected.class)
class HostileCompilerInputIT {

    /** Tight compile limits, so the attacks end quickly. */
    private static final Limits COMPILE = new Limits(3, 0, 6, 262_144, 0, 0, 16, 1_024, 64);

    private static RunResult compile(String file, String source) {
        return TestSandbox.pool().withBoxUnchecked(box -> {
            Toolchains.write(box, file, source);
            String compiler = file.endsWith(".cpp") ? "/usr/bin/g++" : "/usr/bin/gcc";
            return box.run(new RunRequest(java.util.List.of(compiler, "-O2", "-o", "prog", file), COMPILE, null,
                    Toolchains.PATH, java.util.List.of(), false));
        });
    }

    @Test
    void includingDevUrandomEndsAtALimit() {
        RunResult r = compile("urandom.c", "#include \"/dev/urandom\"\nint main(void) { return 0; }\n");
        assertThat(r.outcome()).isNotEqualTo(Outcome.OK).isNotEqualTo(Outcome.INTERNAL_ERROR);
        // The size the compiler wrote, not the capture (which the driver cuts at 1 MiB anyway).
        assertThat(r.stderrBytes()).isLessThanOrEqualTo(COMPILE.outputKb() * 1024);
    }

    @Test
    void includingEtcShadowDoesNotPrintIt() {
        RunResult r = compile("shadow.c", "#include \"/etc/shadow\"\nint main(void) { return 0; }\n");
        assertThat(r.outcome()).isEqualTo(Outcome.RUNTIME_ERROR);
        assertThat(r.stderrText()).contains("/etc/shadow").doesNotContain("root:");
    }

    @Test
    void exponentialTemplateInstantiationEndsAtALimit() {
        String source = """
                template <typename A, typename B> struct Pair {};
                template <int N, typename T> struct Grow {
                    static const long value = Grow<N - 1, Pair<T, int>>::value + Grow<N - 1, Pair<T, char>>::value;
                };
                template <typename T> struct Grow<0, T> { static const long value = 1; };
                int main() { return (int) Grow<40, int>::value; }
                """;
        RunResult r = compile("templates.cpp", source);
        assertThat(r.outcome()).isIn(Outcome.TIME_LIMIT, Outcome.MEMORY_LIMIT, Outcome.RUNTIME_ERROR);
    }

    @Test
    void aFloodOfDiagnosticsIsBounded() {
        StringBuilder source = new StringBuilder("int main(void) {\n");
        for (int i = 0; i < 20_000; i++) {
            source.append("  undeclared_").append(i).append(" = ").append(i).append(";\n");
        }
        source.append("}\n");
        RunResult r = compile("flood.c", source.toString());
        assertThat(r.outcome()).isIn(Outcome.RUNTIME_ERROR, Outcome.OUTPUT_LIMIT, Outcome.TIME_LIMIT);
        assertThat(r.stderrBytes()).isLessThanOrEqualTo(COMPILE.outputKb() * 1024);
    }
}
