package dev.judge.problems.reader;

import static dev.judge.problems.reader.Zips.Entry.file;
import static dev.judge.problems.reader.Zips.Entry.link;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.judge.problems.InvalidPackageException;
import dev.judge.problems.PackageIssue;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.TestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages the reader refuses, and what it says about them. */
class RefusedPackageTest {

    @TempDir
    Path temp;

    private final MemorySink sink = new MemorySink();

    private static final List<Zips.Entry> MINIMAL = List.of(file("problem.yaml", "name: Hostile\n"),
            file("data/secret/1.in", "1\n"), file("data/secret/1.ans", "1\n"));

    private List<PackageIssue> refuse(Path zip, ReaderSettings settings) {
        InvalidPackageException e = catchThrowableOfType(InvalidPackageException.class,
                () -> new PackageReader(settings, LanguageGuesser.BY_EXTENSION).read(zip, sink));
        assertThat(e).as("refused").isNotNull();
        return e.issues();
    }

    private List<PackageIssue> refuse(List<Zips.Entry> extra) throws Exception {
        List<Zips.Entry> entries = new ArrayList<>(MINIMAL);
        entries.addAll(extra);
        return refuse(Zips.zip(temp, entries), ReaderSettings.DEFAULT);
    }

    @Test
    void theMalformedPackageReportsEveryIssueWithItsFile() throws Exception {
        List<PackageIssue> issues = refuse(Zips.zip("malformed", null, temp), ReaderSettings.DEFAULT);
        assertThat(issues).extracting(PackageIssue::file)
                .containsExactly("data/secret/g/testdata.yaml", "data/secret/g/orphan.in");
        assertThat(issues.get(0).message()).startsWith("unreadable YAML: ");
        assertThat(issues.get(1).message()).isEqualTo("no orphan.ans for this .in");
    }

    @Test
    void unreadableProblemYamlNamesTheParsersMessage() throws Exception {
        List<PackageIssue> issues = refuse(Zips.zip(temp, List.of(file("problem.yaml", "name: [a\nlimits: {"),
                file("data/secret/1.in", "1\n"), file("data/secret/1.ans", "1\n"))), ReaderSettings.DEFAULT);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo("problem.yaml");
            assertThat(i.message()).startsWith("unreadable YAML: ").hasSizeGreaterThan(20);
        });
    }

    @Test
    void badValuesInProblemYamlAreNamed() throws Exception {
        List<PackageIssue> issues = refuse(Zips.zip(temp, List.of(file("problem.yaml",
                "problem_format_version: 1999-01\nvalidation: magic\nlimits:\n  memory: lots\n"),
                file("data/secret/1.in", "1\n"), file("data/secret/1.ans", "1\n"))), ReaderSettings.DEFAULT);
        assertThat(issues).extracting(PackageIssue::message).contains("unknown problem_format_version '1999-01'",
                "validation must begin with default or custom, not 'magic'", "limits.memory is not a number: \"lots\"");
    }

    @Test
    void zipSlipIsRefused() throws Exception {
        List<PackageIssue> issues = refuse(List.of(file("../../etc/cron.d/evil", "x"), file("/abs.txt", "x"),
                file("data/../../up.txt", "x")));
        assertThat(issues).extracting(PackageIssue::file)
                .containsExactly("../../etc/cron.d/evil", "/abs.txt", "data/../../up.txt");
        assertThat(issues).allSatisfy(i -> assertThat(i.message()).isEqualTo("path outside the package"));
    }

    @Test
    void linksThatLeaveThePackageAreRefused() throws Exception {
        List<PackageIssue> issues = refuse(List.of(link("data/sample/1.in", "../../../etc/passwd"),
                link("data/sample/1.ans", "/etc/shadow"), link("data/secret/2.in", "nowhere.in")));
        assertThat(issues).extracting(PackageIssue::toString).containsExactly(
                "data/sample/1.ans: link to '/etc/shadow' leaves the package",
                "data/sample/1.in: link to '../../../etc/passwd' leaves the package",
                "data/secret/2.in: link to 'nowhere.in' points at nothing in the package");
    }

    @Test
    void linksInsideThePackageAreResolved() throws Exception {
        Path zip = Zips.zip(temp, List.of(file("problem.yaml", "name: Shared\n"), file("data/secret/1.in", "7\n"),
                file("data/secret/1.ans", "8\n"), link("data/sample/1.in", "../secret/1.in"),
                link("data/sample/1.ans", "../secret/1.ans"), link("data/secret/more", "../sample")));
        ProblemPackage p = new PackageReader().read(zip, sink);
        assertThat(p.testCases()).extracting(TestCase::name).containsExactly("sample/1", "secret/1", "secret/more/1");
        assertThat(sink.text(p.testCases().get(0).input())).isEqualTo("7\n");
        assertThat(p.testCases().get(2).answer()).isEqualTo(p.testCases().get(1).answer());
    }

    @Test
    void aDirectoryLinkThatLeavesThePackageIsRefusedToo() throws Exception {
        Path root = Files.createDirectories(temp.resolve("linked"));
        Files.writeString(root.resolve("problem.yaml"), "name: Linked\n");
        Files.createDirectories(root.resolve("data/secret"));
        Files.writeString(root.resolve("data/secret/1.in"), "1\n");
        Files.writeString(root.resolve("data/secret/1.ans"), "1\n");
        Files.createSymbolicLink(root.resolve("data/sample"), temp);
        InvalidPackageException e = catchThrowableOfType(InvalidPackageException.class,
                () -> new PackageReader().read(root, sink));
        assertThat(e.issues()).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo("data/sample");
            assertThat(i.message()).contains("leaves the package");
        });
    }

    @Test
    void duplicateNamesAreRefused() throws Exception {
        List<PackageIssue> issues = refuse(List.of(file("data/secret/1.in", "2\n"), file("data/./secret/1.ans", "3\n")));
        assertThat(issues).extracting(PackageIssue::toString).containsExactly(
                "data/secret/1.in: duplicate name in the package", "data/secret/1.ans: duplicate name in the package");
    }

    @Test
    void aZipBombIsStoppedByTheBytesActuallyRead() throws Exception {
        Path bomb = Zips.bomb(temp, 64L << 20);
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        List<PackageIssue> issues = refuse(bomb, new ReaderSettings(8L << 20, 100, 1 << 20, 1));
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo("data/secret/1.in");
            assertThat(i.message()).isEqualTo("the package holds more than 8388608 bytes uncompressed");
        });
    }

    @Test
    void tooManyFilesAreRefused() throws Exception {
        List<Zips.Entry> entries = new ArrayList<>(MINIMAL);
        for (int i = 0; i < 20; i++) {
            entries.add(file("attachments/f" + i, ""));
        }
        List<PackageIssue> issues = refuse(Zips.zip(temp, entries), new ReaderSettings(1 << 20, 10, 1 << 20, 1));
        assertThat(issues).extracting(PackageIssue::toString).containsExactly("<package>: more than 10 files");
    }

    @Test
    void interactiveAndCustomProblemsNeedAValidator() throws Exception {
        List<PackageIssue> legacy = refuse(Zips.zip(temp, List.of(file("problem.yaml",
                "name: Guess\nvalidation: custom interactive\n"), file("data/secret/1.in", "1\n"),
                file("data/secret/1.ans", "1\n"))), ReaderSettings.DEFAULT);
        assertThat(legacy).extracting(PackageIssue::toString).containsExactly(
                "output_validators: missing: a custom interactive problem needs an output validator");
        List<PackageIssue> modern = refuse(Zips.zip(temp, List.of(file("problem.yaml",
                "problem_format_version: 2025-09\nname: Passes\nuuid: x\ntype: [pass-fail, multi-pass]\n"),
                file("data/secret/1.in", "1\n"), file("data/secret/1.ans", "1\n"))), ReaderSettings.DEFAULT);
        assertThat(modern).extracting(PackageIssue::toString).containsExactly(
                "output_validator: missing: a custom multi pass problem needs an output validator");
    }

    @Test
    void aPackageWithoutSecretDataOrProblemYamlIsRefused() throws Exception {
        assertThat(refuse(Zips.zip(temp, List.of(file("problem.yaml", "name: Empty\n"))), ReaderSettings.DEFAULT))
                .extracting(PackageIssue::toString).containsExactly("data/secret: missing: a package needs secret test data");
        assertThat(refuse(Zips.zip(temp, List.of(file("readme.txt", "hi"))), ReaderSettings.DEFAULT))
                .extracting(PackageIssue::toString).containsExactly("problem.yaml: missing: not a problem package");
    }

    @Test
    void ignoreSampleInheritedBelowTheRootIsNamed() throws Exception {
        List<PackageIssue> issues = refuse(Zips.zip(temp, List.of(file("problem.yaml", "name: S\ntype: scoring\n"),
                file("data/testdata.yaml", "grader_flags: ignore_sample\non_reject: continue\n"),
                file("data/secret/1.in", "1\n"), file("data/secret/1.ans", "1\n"))), ReaderSettings.DEFAULT);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.file()).isEqualTo("data/secret/testdata.yaml");
            assertThat(i.message()).startsWith("grader flag ignore_sample is only for data/ itself");
        });
    }

    @Test
    void scoringKeysInAPassFailPackageAreNamed() throws Exception {
        List<PackageIssue> issues = refuse(Zips.zip(temp, List.of(file("problem.yaml",
                "problem_format_version: 2023-07-draft\nname: P\nuuid: x\n"), file("data/secret/test_group.yaml",
                "max_score: 10\n"), file("data/secret/1.in", "1\n"), file("data/secret/1.ans", "1\n"))),
                ReaderSettings.DEFAULT);
        assertThat(issues).extracting(PackageIssue::toString)
                .containsExactly("data/secret/test_group.yaml: max_score is only for scoring problems");
    }
}
