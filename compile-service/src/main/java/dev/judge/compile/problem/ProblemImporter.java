package dev.judge.compile.problem;

import dev.judge.model.Digests;
import dev.judge.model.Json;
import dev.judge.problems.InvalidPackageException;
import dev.judge.problems.OutputValidator;
import dev.judge.problems.PackageIssue;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.TestDataSink;
import dev.judge.state.ProblemDataStore;
import dev.judge.state.ProblemStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Imports a problem package: reads it once into the model (its test data streamed into the store by
 * content), builds its output validator in the sandbox, and saves the result as the problem's
 * current version. The version is the digest of the model and the validator's artifact, so it
 * changes when anything in the package does, and importing the same package again changes nothing.
 * A package that sets no time limit gets one computed from its accepted submissions
 * ({@link TimeLimitCalibration}) before it is saved; the version is that of the package as read, so
 * importing it again computes nothing.
 */
public final class ProblemImporter {

    /** Reads a package (a zip or a directory) into the model, storing its files' bytes in the sink. */
    @FunctionalInterface
    public interface PackageReading {
        ProblemPackage read(Path file, TestDataSink sink) throws InvalidPackageException, IOException;
    }

    private final PackageReading reader;
    private final ProblemDataStore data;
    private final ProblemStore problems;
    private final ValidatorBuilder validators;
    private final TimeLimitCalibration calibration;

    /** @param calibration computes the time limit of a package that sets none */
    public ProblemImporter(PackageReading reader, ProblemDataStore data, ProblemStore problems, ValidatorBuilder validators,
            TimeLimitCalibration calibration) {
        this.calibration = calibration;
        this.reader = reader;
        this.data = data;
        this.problems = problems;
        this.validators = validators;
    }

    public ImportOutcome importPackage(String id, Path file) throws InterruptedException {
        ProblemPackage problem;
        try {
            problem = reader.read(file, data);
        } catch (InvalidPackageException e) {
            return new ImportOutcome.Refused(e.issues());
        } catch (IOException e) {
            return new ImportOutcome.Refused(List.of(new PackageIssue("(package)", "cannot be read: " + e.getMessage())));
        }
        Optional<ProblemStore.BuiltValidator> validator = Optional.empty();
        if (problem.outputValidator().isPresent()) {
            OutputValidator v = problem.outputValidator().get();
            ValidatorBuilder.Result built = validators.build(v);
            if (built instanceof ValidatorBuilder.Result.Failed failed) {
                return new ImportOutcome.Refused(List.of(new PackageIssue(validatorPath(problem, v), failed.message())));
            }
            validator = Optional.of(((ValidatorBuilder.Result.Built) built).validator());
        }
        String version = Digests.sha256Hex((Json.mapper().writeValueAsString(problem) + "\u0000"
                + validator.map(ProblemStore.BuiltValidator::artifactKey).orElse("")).getBytes(StandardCharsets.UTF_8))
                .substring(0, 16);
        Optional<ProblemStore.Stored> current = problems.current(id);
        if (current.isPresent() && current.get().version().equals(version)) {
            return new ImportOutcome.Imported(current.get(), false);
        }
        ProblemStore.Stored stored = new ProblemStore.Stored(id, version, System.currentTimeMillis(), problem, validator);
        if (calibration.applies(problem)) {
            CalibratedLimit.Outcome limit = calibration.calibrate(stored);
            if (limit instanceof CalibratedLimit.Outcome.Refused refused) {
                return new ImportOutcome.Refused(refused.issues());
            }
            stored = new ProblemStore.Stored(id, version, stored.importedAtMs(),
                    problem.withTimeLimit(((CalibratedLimit.Outcome.Limit) limit).limit()), validator);
        }
        return new ImportOutcome.Imported(stored, problems.save(stored));
    }

    /** Deletes a problem; submissions that started with it finish with their version. */
    public boolean delete(String id) {
        return problems.delete(id);
    }

    private static String validatorPath(ProblemPackage problem, OutputValidator v) {
        return switch (problem.formatVersion()) {
            case LEGACY -> "output_validators/" + v.name();
            default -> "output_validator";
        };
    }
}
