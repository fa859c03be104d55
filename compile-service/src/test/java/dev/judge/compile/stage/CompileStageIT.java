package dev.judge.compile.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.compile.build.BuildResult;
import dev.judge.compile.build.Builder;
import dev.judge.compile.build.CompileLimits;
import dev.judge.compile.build.PrecompiledHeader;
import dev.judge.compile.build.ProgramBuilder;
import dev.judge.compile.build.ToolchainUnavailableException;
import dev.judge.compile.metrics.CompileObserver;
import dev.judge.kafka.DeliveryEdge;
import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.PipelineEvent;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.TestChunkScheduled;
import dev.judge.model.ValidSubmission;
import dev.judge.model.Status;
import dev.judge.sandbox.Limits;
import dev.judge.sandbox.TestSandbox;
import dev.judge.state.ArtifactStore;
import dev.judge.state.SubmissionIds;
import dev.judge.state.Toolchains;
import dev.judge.testing.RedisServer;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.util.backoff.FixedBackOff;
import org.junit.jupiter.api.Test;

/**
 * The compile stage's logic without Spring or Kafka, on a real Redis and the real sandbox with
 * real compilers; what the stage returns is delivered by the real edge to a broker that only
 * records it, and the observer records what it is told.
 */
class CompileStageIT {

    private static final Limits COMPILE = new Limits(10, 0, 20, 524_288, 0, 0, 64, 4_096, 256);
    private static final RedisClusterCommands<String, byte[]> REDIS = RedisServer.shared().client()
            .connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)).sync();
    private static final SubmissionIds IDS = new SubmissionIds(RedisServer.shared().client().connect().sync(),
            Duration.ofMinutes(5));

    private final List<PipelineEvent> events = new ArrayList<>();
    private final List<TestCaseScheduled> jobs = new ArrayList<>();
    private final List<String> observed = new ArrayList<>();
    private final List<long[]> stored = new ArrayList<>();

    private final DeliveryEdge edge = new DeliveryEdge(p -> {
        if (p.value() instanceof TestChunkScheduled chunk) {
            jobs.addAll(chunk.tests());
        } else {
            events.add((PipelineEvent) p.value());
        }
        return CompletableFuture.completedFuture(null);
    }, (record, e) -> { }, new FixedBackOff(0, 0));

    private final CompileObserver observer = new CompileObserver() {
        @Override
        public void cacheHit(Language language) {
            observed.add("hit " + language.wireName());
        }

        @Override
        public void cacheMiss(Language language) {
            observed.add("miss " + language.wireName());
        }

        @Override
        public void compiled(Language language, long millis, boolean succeeded) {
            observed.add("compiled " + language.wireName() + " " + succeeded);
        }

        @Override
        public void artifactStored(Language language, long rawBytes, long storedBytes) {
            stored.add(new long[] {rawBytes, storedBytes});
        }
    };

    private CompileStage stage(ProgramBuilder builder) {
        return new CompileStage(new SubmissionValidator(LanguageCatalog.defaults()),
                IDS, new ArtifactStore(REDIS), builder, observer,
                language -> Duration.ofMinutes(5), 40);
    }

    private CompileStage stage() {
        return stage(new Builder(TestSandbox.pool(), CompileLimits.uniform(COMPILE), 64 * 1024,
                new PrecompiledHeader(java.nio.file.Path.of("/nonexistent")), java.util.Optional.empty()));
    }

    private static String id() {
        return "compile-stage-" + UUID.randomUUID();
    }

    private static String submission(String id, String language, String source, int tests, String extra) {
        String test = "{\"stdin\": \"1 2\", \"expectedOutput\": \"3\"}";
        return """
                {"id": "%s", "language": "%s", "source": "%s", "tests": [%s]%s}
                """.formatted(id, language, source, String.join(", ", java.util.Collections.nCopies(tests, test)), extra);
    }

    private <T extends PipelineEvent> T last(Class<T> type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (type.isInstance(events.get(i))) {
                return type.cast(events.get(i));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + events);
    }

    /** One record as one poll: handled, then what it caused delivered and followed up. */
    private void accept(CompileStage stage, String record, long arrivedAtMs) throws InterruptedException {
        edge.deliverNow(stage.accept(null, record, arrivedAtMs));
    }

    @Test
    void oneCompileServesEveryTestAndTheNextSubmissionOfTheSameSourceHitsTheCache() throws Exception {
        String source = "#include <stdio.h>\\nint main(void){int a,b;scanf(\\\"%d %d\\\",&a,&b);printf(\\\"%d\\\",a+b);"
                + "/* " + UUID.randomUUID() + " */}";
        CompileStage stage = stage();
        accept(stage, submission(id(), "c", source, 5, ""), 1L);
        PipelineEvent.SubmissionCompiled first = last(PipelineEvent.SubmissionCompiled.class);
        assertThat(first.cacheHit()).isFalse();
        assertThat(first.compileMs()).isPositive();
        assertThat(jobs).hasSize(5).extracting(TestCaseScheduled::artifactKey).containsOnly(jobs.get(0).artifactKey());
        assertThat(observed).containsExactly("miss c", "compiled c true");
        assertThat(stored).singleElement().satisfies(sizes ->
                assertThat(sizes[1]).as("a C binary is stored compressed").isLessThan(sizes[0]));

        jobs.clear();
        accept(stage, submission(id(), "c", source, 3, ""), 2L);
        PipelineEvent.SubmissionCompiled second = last(PipelineEvent.SubmissionCompiled.class);
        assertThat(second.cacheHit()).isTrue();
        assertThat(second.compileMs()).isZero();
        assertThat(jobs).hasSize(3);
        assertThat(observed).containsExactly("miss c", "compiled c true", "hit c");
    }

    @Test
    void aSubmissionResentWithinOnePollIsScheduledOnceAndMarkedDispatchedOnceAcknowledged() throws Exception {
        String id = id();
        String record = submission(id, "c", "int main(void){return 0;} /* " + UUID.randomUUID() + " */", 2, "");
        CompileStage stage = stage();
        accept(stage, record, 1L);
        accept(stage, record, 1L);
        assertThat(jobs).as("the second record, after the first was acknowledged, is ignored").hasSize(2);

        String other = id();
        String twice = submission(other, "c", "int main(void){return 0;} /* " + UUID.randomUUID() + " */", 3, "");
        jobs.clear();
        edge.poll(List.of(new ConsumerRecord<>("judge.submissions", 0, 0, other, twice),
                new ConsumerRecord<>("judge.submissions", 0, 1, other, twice)),
                r -> stage.accept(r.key(), r.value(), 1L));
        assertThat(jobs).as("both records in one poll: scheduled once").hasSize(3);
    }

    @Test
    void aJavaProgramInAPackageIsACompilationErrorThatSaysWhy() throws Exception {
        String source = "package bin;\\npublic class Main { public static void main(String[] a) { } }";
        accept(stage(), submission(id(), "java", source, 1, ""), 1L);
        PipelineEvent.CompilationFailed failed = last(PipelineEvent.CompilationFailed.class);
        assertThat(failed.status()).isEqualTo(Status.COMPILATION_ERROR);
        assertThat(failed.message()).contains("no class declares public static void main", "no package statement");
    }

    @Test
    void aToolchainThatCannotRunEndsTheSubmissionAsAnInternalErrorAtOnce() throws Exception {
        ProgramBuilder broken = new ProgramBuilder() {
            @Override
            public Toolchains.Installed toolchain(Language language) {
                throw new ToolchainUnavailableException("cannot run [/usr/bin/gcc, --version] in the sandbox: INTERNAL_ERROR");
            }

            @Override
            public BuildResult build(ValidSubmission submission) {
                throw new AssertionError("nothing to build without a toolchain");
            }
        };
        String id = id();
        accept(stage(broken), submission(id, "c", "int main(void){return 0;}", 1, ""), 1L);
        PipelineEvent.CompilationFailed failed = last(PipelineEvent.CompilationFailed.class);
        assertThat(failed.submissionId()).isEqualTo(id);
        assertThat(failed.status()).isEqualTo(Status.INTERNAL_ERROR);
        assertThat(failed.message()).contains("gcc");
        assertThat(jobs).isEmpty();
    }

    @Test
    void aCompilerOverItsLanguagesCpuLimitIsACompilationErrorNamingTheLimit() throws Exception {
        java.util.Map<Language, Limits> byLanguage = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            byLanguage.put(language, COMPILE);
        }
        byLanguage.put(Language.CPP, COMPILE.withCpuTime(0.05));
        CompileStage stage = stage(new Builder(TestSandbox.pool(), new CompileLimits(byLanguage), 64 * 1024,
                new PrecompiledHeader(java.nio.file.Path.of("/nonexistent")), java.util.Optional.empty()));
        String id = id();
        // <regex> alone takes g++ well over 50 ms of CPU.
        accept(stage, submission(id, "cpp", "#include <regex>\\n#include <iostream>\\nint main(){std::regex r(\\\"a+\\\");"
                + "std::cout << std::regex_match(\\\"aaa\\\", r);} // " + UUID.randomUUID(), 1, ""), 1L);
        PipelineEvent.CompilationFailed failed = last(PipelineEvent.CompilationFailed.class);
        assertThat(failed.status()).isEqualTo(Status.COMPILATION_ERROR);
        assertThat(failed.message()).isEqualTo("compilation exceeded its CPU time limit (0.05 s for cpp)");
        // The same limits leave C alone.
        String c = id();
        accept(stage, submission(c, "c", "int main(void){return 0;} /* " + UUID.randomUUID() + " */", 1, ""), 1L);
        assertThat(last(PipelineEvent.SubmissionCompiled.class).submissionId()).isEqualTo(c);
    }

    @Test
    void aCompilerOptionOutsideTheListIsRejectedByName() throws Exception {
        String id = id();
        accept(stage(), submission(id, "c", "int main(void){return 0;}", 1,
                ", \"compilerOptions\": [\"-O2\", \"-fplugin=/box/evil.so\"]"), 1L);
        PipelineEvent.SubmissionRejected rejected = last(PipelineEvent.SubmissionRejected.class);
        assertThat(rejected.submissionId()).isEqualTo(id);
        assertThat(rejected.message()).contains("compilerOptions: '-fplugin=/box/evil.so' is not allowed for c");
        assertThat(observed).isEmpty();
    }
}
