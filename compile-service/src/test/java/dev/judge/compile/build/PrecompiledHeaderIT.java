package dev.judge.compile.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.Submission;
import dev.judge.model.ValidSubmission;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.RunRequest;
import dev.judge.sandbox.RunResult;
import dev.judge.sandbox.TestSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precompiled {@code <bits/stdc++.h>}: built for the C++ flags, and taken by g++ in the sandbox. */
class PrecompiledHeaderIT {

    private static final Limits LIMITS = new Limits(20, 0, 30, 1_048_576, 0, 0, 64, 131_072, 256);
    private static final String SOURCE = "#include <bits/stdc++.h>\nusing namespace std;\n"
            + "int main(){long a,b;cin>>a>>b;vector<long> v{a,b};cout<<accumulate(v.begin(),v.end(),0L)<<endl;}\n";

    @TempDir
    static Path cache;
    private static PrecompiledHeader pch;

    @BeforeAll
    static void prepare() {
        pch = new PrecompiledHeader(cache);
        pch.prepare();
    }

    private static ValidSubmission cpp(List<String> options) {
        return new ValidSubmission("pch", Language.CPP, SOURCE, List.of(),
                LanguageCatalog.defaults().entry(Language.CPP).defaults(), options, List.of(), false,
                Submission.Compare.defaults(), false);
    }

    private static Builder builder(PrecompiledHeader header) {
        return new Builder(TestSandbox.pool(), CompileLimits.uniform(LIMITS), 64 * 1024, header, java.util.Optional.empty());
    }

    /** The compile as the builder makes it, plus {@code -H}: g++ then lists headers, "! " marking a precompiled one it used. */
    private static String headersListed(ValidSubmission submission, Builder builder) throws Exception {
        RunRequest r = builder.request(submission, LIMITS);
        List<String> command = new ArrayList<>(r.command());
        command.add("-H");
        return TestSandbox.pool().withBox(box -> {
            try {
                box.writeFile("main.cpp", SOURCE.getBytes(StandardCharsets.UTF_8), false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            RunResult result = box.run(new RunRequest(command, LIMITS, null, r.environment(), r.directories(), true));
            assertThat(result.exitCode()).as(result.stdoutText()).isZero();
            return result.stdoutText();
        });
    }

    @Test
    void theHeaderIsBuiltOncePerToolchainAndFlags() throws Exception {
        assertThat(pch.directory()).hasValueSatisfying(d -> {
            assertThat(d.resolve("bits/stdc++.h.gch")).isRegularFile();
            assertThat(d.getFileName().toString()).startsWith("stdc++-");
        });
        PrecompiledHeader again = new PrecompiledHeader(cache);
        again.prepare();
        assertThat(again.directory()).isEqualTo(pch.directory());
        try (var dirs = Files.list(cache)) {
            assertThat(dirs.toList()).as("no second build, no leftovers").hasSize(1);
        }
    }

    @Test
    void cppCompilesTakeThePrecompiledHeader() throws Exception {
        String listed = headersListed(cpp(List.of()), builder(pch));
        assertThat(listed).contains("! " + PrecompiledHeader.MOUNT + "/bits/stdc++.h.gch");
        assertThat(builder(pch).build(cpp(List.of()))).isInstanceOf(BuildResult.Built.class);
    }

    @Test
    void flagsThePrecompiledHeaderDoesNotFitFallBackToTheHeaderItself() throws Exception {
        String listed = headersListed(cpp(List.of("-O0")), builder(pch));
        assertThat(listed).doesNotContain("! " + PrecompiledHeader.MOUNT).contains("bits/stdc++.h");
        assertThat(builder(pch).build(cpp(List.of("-O0")))).isInstanceOf(BuildResult.Built.class);
    }

    @Test
    void withoutAHeaderCompilesRunAsBefore() throws Exception {
        PrecompiledHeader none = new PrecompiledHeader(Path.of("/nonexistent"));
        RunRequest r = builder(none).request(cpp(List.of()), LIMITS);
        assertThat(r.command()).doesNotContain(PrecompiledHeader.MOUNT);
        assertThat(r.directories()).isEmpty();
        assertThat(builder(none).build(cpp(List.of()))).isInstanceOf(BuildResult.Built.class);
    }
}
