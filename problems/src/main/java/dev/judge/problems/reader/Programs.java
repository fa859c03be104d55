package dev.judge.problems.reader;

import dev.judge.model.Language;
import dev.judge.model.Status;
import dev.judge.problems.ExampleSubmission;
import dev.judge.problems.Expectation;
import dev.judge.problems.InvalidPackageException;
import dev.judge.problems.OutputValidator;
import dev.judge.problems.PackageFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package's programs: its output validator (legacy {@code output_validators/<name>}, later
 * {@code output_validator/}) and its example submissions ({@code submissions/<folder>/<program>}). A
 * program is a single file or a directory of files; only the files are read.
 */
final class Programs {

    private static final Pattern EXPECTED = Pattern.compile("@EXPECTED_RESULTS@:\\s*([A-Za-z_,\\s-]+)");
    private static final Pattern TESTLIB = Pattern.compile("#\\s*include\\s*[<\"]testlib\\.h[>\"]");

    private final PackageFiles files;
    private final LanguageGuesser guesser;

    Programs(PackageFiles files, LanguageGuesser guesser) {
        this.files = files;
        this.guesser = guesser;
    }

    /** The output validator, if the package has one. */
    Optional<OutputValidator> outputValidator(boolean modern) throws InvalidPackageException {
        PackageIndex index = files.index();
        if (modern) {
            return index.isDirectory("output_validator") ? Optional.of(validator("output_validator",
                    "output_validator")) : Optional.empty();
        }
        List<String> programs = index.list("output_validators");
        if (programs.size() > 1) {
            files.issues().add("output_validators", "has " + programs.size() + " validators; this engine runs one");
        }
        if (programs.isEmpty()) {
            return Optional.empty();
        }
        String name = programs.get(0);
        return Optional.of(validator("output_validators/" + name, index.isDirectory("output_validators/" + name)
                ? name : name.replaceFirst("\\.[^.]*$", "")));
    }

    private OutputValidator validator(String path, String name) throws InvalidPackageException {
        List<PackageFile> programFiles = new ArrayList<>();
        boolean testlib = false;
        for (ProgramFile file : program(path)) {
            programFiles.add(file.file());
            testlib |= file.file().path().endsWith("testlib.h")
                    || TESTLIB.matcher(new String(file.head(), StandardCharsets.UTF_8)).find();
        }
        return new OutputValidator(name, testlib ? OutputValidator.Kind.TESTLIB : OutputValidator.Kind.KATTIS,
                programFiles);
    }

    /** The example submissions, in path order; folders this engine has no expectation for are left out. */
    List<ExampleSubmission> submissions() throws InvalidPackageException {
        List<ExampleSubmission> submissions = new ArrayList<>();
        for (String folder : files.index().list("submissions")) {
            Optional<Expectation> expectation = Expectation.ofFolder(folder);
            if (expectation.isEmpty() || !files.index().isDirectory("submissions/" + folder)) {
                continue;
            }
            for (String program : files.index().list("submissions/" + folder)) {
                submissions.add(submission(folder + "/" + program, expectation.get()));
            }
        }
        return submissions;
    }

    private ExampleSubmission submission(String name, Expectation folder) throws InvalidPackageException {
        List<PackageFile> programFiles = new ArrayList<>();
        Set<Status> declared = EnumSet.noneOf(Status.class);
        Optional<Language> language = Optional.empty();
        for (ProgramFile file : program("submissions/" + name)) {
            programFiles.add(file.file());
            if (language.isEmpty()) {
                language = guesser.guess(file.file().path());
            }
            Matcher m = EXPECTED.matcher(new String(file.head(), StandardCharsets.UTF_8));
            if (m.find()) {
                for (String result : m.group(1).split("[,\\s]+")) {
                    Optional<Status> status = domjudge(result);
                    if (!result.isBlank() && status.isEmpty()) {
                        files.issues().add("submissions/" + name, "unknown @EXPECTED_RESULTS@ '" + result + "'");
                    }
                    status.ifPresent(declared::add);
                }
            }
        }
        return declared.isEmpty() ? new ExampleSubmission(name, folder, folder.verdicts(), language, programFiles)
                : new ExampleSubmission(name, Expectation.DECLARED, declared, language, programFiles);
    }

    /** DOMjudge's result names. */
    private static Optional<Status> domjudge(String result) {
        return Optional.ofNullable(switch (result.toUpperCase(Locale.ROOT)) {
            case "CORRECT", "ACCEPTED" -> Status.ACCEPTED;
            case "WRONG-ANSWER", "NO-OUTPUT" -> Status.WRONG_ANSWER;
            case "TIMELIMIT" -> Status.TIME_LIMIT_EXCEEDED;
            case "RUN-ERROR" -> Status.RUNTIME_ERROR;
            case "COMPILER-ERROR" -> Status.COMPILATION_ERROR;
            case "MEMORY-LIMIT" -> Status.MEMORY_LIMIT_EXCEEDED;
            case "OUTPUT-LIMIT" -> Status.OUTPUT_LIMIT_EXCEEDED;
            default -> null;
        });
    }

    /** A program's files: the file itself, or every file under the directory. */
    private List<ProgramFile> program(String path) throws InvalidPackageException {
        List<ProgramFile> result = new ArrayList<>();
        if (files.index().isFile(path)) {
            PackageFiles.Stored stored = files.store(path);
            result.add(new ProgramFile(new PackageFile(path.substring(path.lastIndexOf('/') + 1), stored.ref()),
                    stored.head()));
            return result;
        }
        for (String relative : files.index().filesUnder(path)) {
            PackageFiles.Stored stored = files.store(path + "/" + relative);
            result.add(new ProgramFile(new PackageFile(relative, stored.ref()), stored.head()));
        }
        return result;
    }

    /** A program's file as stored, with its first bytes. */
    private record ProgramFile(PackageFile file, byte[] head) {
    }
}
