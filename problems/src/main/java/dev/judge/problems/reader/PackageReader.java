package dev.judge.problems.reader;

import dev.judge.problems.InvalidPackageException;
import dev.judge.problems.OutputValidator;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.TestDataSink;
import dev.judge.problems.Validation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a problem package, a zip or a directory, into a {@link ProblemPackage}, streaming every file
 * into the caller's {@link TestDataSink}. Refuses the package with every issue it found
 * ({@link InvalidPackageException}): names outside the package, links that leave it, duplicate names,
 * too many files or bytes, unreadable YAML, an {@code .in} without its {@code .ans}, a custom,
 * interactive or multi-pass problem without an output validator.
 */
public final class PackageReader {

    private final ReaderSettings settings;
    private final LanguageGuesser guesser;

    public PackageReader(ReaderSettings settings, LanguageGuesser guesser) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.guesser = Objects.requireNonNull(guesser, "guesser");
    }

    /** A reader with the default limits, guessing languages from file extensions. */
    public PackageReader() {
        this(ReaderSettings.DEFAULT, LanguageGuesser.BY_EXTENSION);
    }

    /** Reads a zip ({@code .zip}, {@code .kpp}, any regular file) or a directory. */
    public ProblemPackage read(Path path, TestDataSink sink) throws IOException, InvalidPackageException {
        if (Files.isDirectory(path)) {
            return readDirectory(path, sink);
        }
        return readZip(path, sink);
    }

    /** Reads a zip; the package is at its root or in its single top folder. */
    public ProblemPackage readZip(Path zip, TestDataSink sink) throws IOException, InvalidPackageException {
        String fileName = zip.getFileName().toString().replaceFirst("\\.(zip|kpp)$", "");
        PackageSource source;
        try {
            source = new ZipSource(zip);
        } catch (IOException e) {
            Issues issues = new Issues();
            throw issues.fatal(zip.getFileName().toString(), "not a readable zip: " + e.getMessage());
        }
        try (source) {
            return read(source, fileName, sink);
        }
    }

    /** Reads a directory; links in it are resolved, never followed out of it. */
    public ProblemPackage readDirectory(Path directory, TestDataSink sink) throws IOException, InvalidPackageException {
        try (PackageSource source = new DirectorySource(directory, settings.maxFiles())) {
            return read(source, directory.getFileName().toString(), sink);
        }
    }

    private ProblemPackage read(PackageSource source, String fallbackName, TestDataSink sink)
            throws IOException, InvalidPackageException {
        Issues issues = new Issues();
        Budget budget = new Budget(settings.maxTotalBytes());
        PackageIndex index;
        try {
            index = PackageIndex.of(source, settings, budget, issues);
        } catch (Budget.Exceeded e) {
            throw issues.fatal(Issues.PACKAGE, e.getMessage());
        }
        PackageFiles files = new PackageFiles(source, index, budget, sink, issues);
        if (!index.isFile(Metadata.FILE)) {
            throw issues.fatal(Metadata.FILE, "missing: not a problem package");
        }
        Optional<JsonNode> yaml = Yaml.read(files, Metadata.FILE, settings.maxYamlBytes());
        if (yaml.isEmpty()) {
            issues.throwIfAny();
        }
        Metadata metadata = Metadata.read(yaml.get(), timelimitFile(files), settings, issues);
        Programs programs = new Programs(files, guesser);
        Optional<OutputValidator> validator = programs.outputValidator(metadata.version().modern());
        boolean custom = metadata.customValidation() || (metadata.version().modern() && validator.isPresent());
        Validation validation = new Validation(Validation.Kind.of(custom, metadata.interactive(),
                metadata.multiPass()), custom && metadata.validatorScores());
        if (custom && validator.isEmpty()) {
            issues.add(metadata.version().modern() ? "output_validator" : "output_validators",
                    "missing: a " + validation.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " problem needs an output validator");
        }
        var data = new TestData(files, metadata, settings).read();
        var submissions = programs.submissions();
        issues.throwIfAny();
        String shortName = index.topFolder().orElse(fallbackName);
        return new ProblemPackage(shortName, metadata.version(), metadata.names(), metadata.uuid(), metadata.type(),
                validation, metadata.limits(), metadata.validatorFlags(), validator, data, submissions);
    }

    /** The number in {@code .timelimit} at the package root, as DOMjudge and problem tools write it. */
    private static Optional<Double> timelimitFile(PackageFiles files) throws InvalidPackageException {
        if (!files.index().isFile(".timelimit")) {
            return Optional.empty();
        }
        byte[] bytes = files.readSmall(".timelimit", 64);
        if (bytes == null) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        try {
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && Double.isFinite(seconds)) {
                return Optional.of(seconds);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        files.issues().add(".timelimit", "must hold a positive number of seconds, not '" + text + "'");
        return Optional.empty();
    }
}
