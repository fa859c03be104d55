package dev.judge.problems.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Language;
import dev.judge.model.Status;
import dev.judge.problems.ExampleSubmission;
import dev.judge.problems.Expectation;
import dev.judge.problems.FormatVersion;
import dev.judge.problems.LegacyGrading;
import dev.judge.problems.OutputValidator;
import dev.judge.problems.PackageFile;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.ProblemType;
import dev.judge.problems.ScoreAggregation;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TimeLimit;
import dev.judge.problems.Validation;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test packages under src/test/resources/packages, zipped on the fly and read. */
class PackageReaderTest {

    @TempDir
    Path temp;

    private final MemorySink sink = new MemorySink();

    private ProblemPackage read(String name, String top) throws Exception {
        return new PackageReader().read(Zips.zip(name, top, temp), sink);
    }

    @Test
    void aDefaultValidatorProblemWithFloatTolerance() throws Exception {
        ProblemPackage p = read("floatdefault", null);
        assertThat(p.shortName()).isEqualTo("floatdefault");
        assertThat(p.formatVersion()).isEqualTo(FormatVersion.LEGACY);
        assertThat(p.names()).containsExactlyEntriesOf(java.util.Map.of("en", "Average Speed"));
        assertThat(p.type()).isEqualTo(ProblemType.PASS_FAIL);
        assertThat(p.validation()).isEqualTo(Validation.DEFAULT);
        assertThat(p.validatorFlags()).containsExactly("float_tolerance", "1e-6");
        assertThat(p.outputValidator()).isEmpty();
        assertThat(p.limits().timeLimit()).isEqualTo(new TimeLimit(2.5, TimeLimit.Source.TIMELIMIT_FILE));
        assertThat(p.limits().timeMultipliers().acToTimeLimit()).isEqualTo(3.0);
        assertThat(p.limits().timeMultipliers().timeLimitToTle()).isEqualTo(2.0);
        assertThat(p.limits().memoryMib()).hasValue(512);
        assertThat(p.limits().outputMib()).isEmpty();
    }

    @Test
    void testCasesRunSampleThenSecretInLexicographicOrderWithTheirFlags() throws Exception {
        ProblemPackage p = read("floatdefault", null);
        assertThat(p.testCases()).extracting(TestCase::name)
                .containsExactly("sample/1", "secret/01-third", "secret/02-one");
        TestCase third = p.testCases().get(1);
        assertThat(sink.text(third.input())).isEqualTo("1\n1 3\n");
        assertThat(sink.text(third.answer())).isEqualTo("0.333333333\n");
        assertThat(third.answer().size()).isEqualTo(12);
        assertThat(third.outputValidatorFlags()).containsExactly("float_tolerance", "1e-6");
        assertThat(p.testCases().get(0).sample()).isTrue();
        assertThat(third.sample()).isFalse();
    }

    @Test
    void submissionsTakeTheirFolderUnlessADomjudgeLineOverridesIt() throws Exception {
        ProblemPackage p = read("floatdefault", null);
        assertThat(p.submissions()).extracting(ExampleSubmission::name)
                .containsExactly("accepted/speed.py", "time_limit_exceeded/spin.c");
        ExampleSubmission accepted = p.submissions().get(0);
        assertThat(accepted.expectation()).isEqualTo(Expectation.ACCEPTED);
        assertThat(accepted.expectedVerdicts()).containsExactly(Status.ACCEPTED);
        assertThat(accepted.language()).hasValue(Language.PYTHON);
        ExampleSubmission spin = p.submissions().get(1);
        assertThat(spin.expectation()).isEqualTo(Expectation.DECLARED);
        assertThat(spin.expectedVerdicts()).containsExactlyInAnyOrder(Status.TIME_LIMIT_EXCEEDED, Status.WRONG_ANSWER);
        assertThat(spin.language()).hasValue(Language.C);
        assertThat(spin.files()).extracting(PackageFile::path).containsExactly("spin.c");
    }

    @Test
    void aPackageInItsZipsSingleTopFolderIsNamedByIt() throws Exception {
        ProblemPackage p = read("floatdefault", "speed");
        assertThat(p.shortName()).isEqualTo("speed");
        assertThat(p.testCases()).hasSize(3);
    }

    @Test
    void aDirectoryReadsLikeItsZip() throws Exception {
        ProblemPackage fromDirectory = new PackageReader().read(Zips.PACKAGES.resolve("floatdefault"), sink);
        assertThat(fromDirectory).isEqualTo(read("floatdefault", null));
    }

    @Test
    void aCustomValidatorIsReadAsFilesOnly() throws Exception {
        ProblemPackage p = read("customfeedback", null);
        assertThat(p.validation()).isEqualTo(new Validation(Validation.Kind.CUSTOM, false));
        OutputValidator validator = p.outputValidator().orElseThrow();
        assertThat(validator.name()).isEqualTo("closeenough");
        assertThat(validator.kind()).isEqualTo(OutputValidator.Kind.KATTIS);
        assertThat(validator.files()).extracting(PackageFile::path).containsExactly("validate.c");
        assertThat(sink.text(validator.files().get(0).content())).contains("judgemessage.txt");
        assertThat(p.testCases().get(1).outputValidatorFlags()).containsExactly("strict");
        assertThat(p.limits().timeLimit().source()).isEqualTo(TimeLimit.Source.DEFAULT);
    }

    @Test
    void aSubmissionDirectoryIsOneProgram() throws Exception {
        ExampleSubmission multi = read("customfeedback", null).submissions().get(1);
        assertThat(multi.name()).isEqualTo("wrong_answer/multi");
        assertThat(multi.files()).extracting(PackageFile::path).containsExactly("Main.java", "README");
        assertThat(multi.language()).hasValue(Language.JAVA);
        assertThat(multi.expectedVerdicts()).containsExactly(Status.WRONG_ANSWER);
    }

    @Test
    void legacyGroupsInheritTheirAncestorsSettings() throws Exception {
        ProblemPackage p = read("scoringgroups", null);
        assertThat(p.type()).isEqualTo(ProblemType.SCORING);
        TestGroup root = p.data();
        LegacyGrading rootGrading = (LegacyGrading) root.settings().grading();
        assertThat(rootGrading.ignoreSample()).isTrue();
        assertThat(rootGrading.onReject()).isEqualTo(LegacyGrading.OnReject.CONTINUE);
        TestGroup secret = root.subgroups().get(1);
        assertThat(((LegacyGrading) secret.settings().grading()).graderFlags()).containsExactly("sum");
        assertThat(((LegacyGrading) secret.settings().grading()).onReject())
                .as("inherited from data/testdata.yaml").isEqualTo(LegacyGrading.OnReject.CONTINUE);
        TestGroup small = secret.subgroups().get(0);
        LegacyGrading smallGrading = (LegacyGrading) small.settings().grading();
        assertThat(smallGrading.scoreMode()).isEqualTo(LegacyGrading.ScoreMode.MIN);
        assertThat(smallGrading.acceptScore()).isEqualTo(30);
        assertThat(smallGrading.range()).isEqualTo(new LegacyGrading.ScoreRange(0, 30));
        assertThat(smallGrading.onReject()).isEqualTo(LegacyGrading.OnReject.BREAK);
        TestGroup edge = secret.subgroups().get(1).subgroups().get(1);
        LegacyGrading edgeGrading = (LegacyGrading) edge.settings().grading();
        assertThat(edge.name()).isEqualTo("secret/2-large/b-edge");
        assertThat(edgeGrading.acceptScore()).as("inherited from 2-large").isEqualTo(70);
        assertThat(edgeGrading.verdictMode()).isEqualTo(LegacyGrading.VerdictMode.FIRST_ERROR);
        assertThat(edgeGrading.onReject()).as("its own").isEqualTo(LegacyGrading.OnReject.BREAK);
        assertThat(edge.settings().outputValidatorFlags()).containsExactly("float_relative_tolerance", "1e-9");
    }

    @Test
    void legacyItemsInterleaveTestCasesAndGroupsByName() throws Exception {
        TestGroup large = read("scoringgroups", null).data().subgroups().get(1).subgroups().get(1);
        assertThat(large.items()).extracting(i -> i.name())
                .containsExactly("secret/2-large/00-first", "secret/2-large/a-random", "secret/2-large/b-edge");
        assertThat(read("scoringgroups", null).submissions().get(1).expectation())
                .isEqualTo(Expectation.PARTIALLY_ACCEPTED);
    }

    @Test
    void a2023PackageWithTestGroupYaml() throws Exception {
        ProblemPackage p = read("modern", null);
        assertThat(p.formatVersion()).isEqualTo(FormatVersion.V2023_07);
        assertThat(p.names()).containsEntry("en", "Lighthouses").containsEntry("nl", "Vuurtorens");
        assertThat(p.displayName()).isEqualTo("Lighthouses");
        assertThat(p.uuid()).hasValue("4c8a1d7e-3b2f-4e6a-9d1c-0f5e7a2b9c31");
        assertThat(p.validation()).isEqualTo(new Validation(Validation.Kind.CUSTOM, true));
        assertThat(p.outputValidator().orElseThrow().name()).isEqualTo("output_validator");
        assertThat(p.limits().timeLimit()).isEqualTo(new TimeLimit(3, TimeLimit.Source.PROBLEM_YAML));
        assertThat(p.limits().timeMultipliers().acToTimeLimit()).isEqualTo(2.5);
        assertThat(p.limits().timeMultipliers().timeLimitToTle()).isEqualTo(1.5);
        assertThat(p.limits().validationTimeSec()).hasValue(30);
        assertThat(p.submissions()).extracting(ExampleSubmission::expectation)
                .containsExactly(Expectation.ACCEPTED, Expectation.BRUTE_FORCE);
    }

    @Test
    void modernGroupsHaveTheirOwnScoringAndInheritValidatorArguments() throws Exception {
        TestGroup secret = read("modern", null).data().subgroups().get(1);
        assertThat(secret.settings().grading()).isEqualTo(ScoreAggregation.SECRET_DEFAULT);
        TestGroup group1 = secret.subgroups().get(0);
        assertThat(group1.settings().grading()).isEqualTo(new ScoreAggregation(ScoreAggregation.Aggregation.PASS_FAIL,
                OptionalDouble.of(40), java.util.List.of()));
        assertThat(group1.settings().outputValidatorFlags()).containsExactly("mode", "strict");
        TestGroup group2 = secret.subgroups().get(1);
        ScoreAggregation g2 = (ScoreAggregation) group2.settings().grading();
        assertThat(g2.aggregation()).isEqualTo(ScoreAggregation.Aggregation.SUM);
        assertThat(g2.requirePass()).containsExactly("sample", "secret/group1");
        assertThat(group2.testCases()).extracting(TestCase::name)
                .containsExactly("secret/group2/03", "secret/group2/deep/01");
        assertThat(group2.testCases().get(0).outputValidatorFlags()).containsExactly("mode", "special");
        assertThat(group2.testCases().get(1).outputValidatorFlags()).containsExactly("mode", "lenient");
    }

    @Test
    void everyTestFileAndProgramFileIsStreamedToTheSinkOnce() throws Exception {
        read("scoringgroups", null);
        assertThat(sink.calls()).isEqualTo(14);
    }

    @Test
    void expectationsMapFoldersToVerdicts() {
        assertThat(Expectation.ofFolder("run_time_error")).hasValue(Expectation.RUN_TIME_ERROR);
        assertThat(Expectation.ofFolder("compile_error")).hasValue(Expectation.COMPILE_ERROR);
        assertThat(Expectation.REJECTED.verdicts()).doesNotContain(Status.ACCEPTED);
        assertThat(Expectation.ofFolder("slow")).isEmpty();
        assertThat(Set.copyOf(Expectation.BRUTE_FORCE.verdicts())).doesNotContain(Status.WRONG_ANSWER);
    }
}
