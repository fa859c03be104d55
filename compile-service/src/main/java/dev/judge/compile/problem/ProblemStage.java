package dev.judge.compile.problem;

import dev.judge.model.SubmissionValidator;
import dev.judge.problems.PackageIssue;
import dev.judge.state.ProblemDocument;
import dev.judge.model.Json;
import dev.judge.state.ProblemImports;
import dev.judge.state.ProblemUploads;
import java.io.OutputStream;
import tools.jackson.core.JacksonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports what arrives on {@code judge.problems}: a package is imported (or refused, saying why by
 * file), an empty record deletes the problem. The outcome goes to the request's waiting client when
 * the record names one, and to the log.
 */
public final class ProblemStage {

    private static final Logger log = LoggerFactory.getLogger(ProblemStage.class);

    private final ProblemImporter importer;
    private final ProblemImports imports;
    private final Path scratch;
    private final ProblemUploads uploads;

    public ProblemStage(ProblemImporter importer, ProblemImports imports, Path scratch, ProblemUploads uploads) {
        this.uploads = uploads;
        this.importer = importer;
        this.imports = imports;
        this.scratch = scratch;
    }

    /**
     * @param id the record's key: the problem's id
     * @param zip the package, or null (a tombstone) to delete the problem
     * @param uploaded whether {@code zip} is not the package but the reference of its upload ({@link ProblemUploads})
     * @param requestId the waiting client's request, or null
     * @param where the record, for the log
     */
    public void accept(String id, byte[] zip, boolean uploaded, String requestId, String where) throws InterruptedException {
        ProblemImports.Report report = handle(id, zip, uploaded);
        if (report.problem() != null) {
            log.info("Problem {} imported as version {} ({} tests) from {}", id, report.problem().version(),
                    report.problem().testCount(), where);
        } else if (!report.problems().isEmpty()) {
            log.warn("Problem package {} from {} refused: {}", id, where, report.problems());
        }
        if (requestId != null) {
            imports.report(requestId, report);
        }
    }

    private ProblemImports.Report handle(String id, byte[] zip, boolean uploaded) throws InterruptedException {
        if (id == null || !SubmissionValidator.ID.matcher(id).matches()) {
            return refused("(key)", "the record's key must be the problem id, 1-64 of [A-Za-z0-9_-]");
        }
        if (zip == null || zip.length == 0) {
            boolean deleted = importer.delete(id);
            log.info("Problem {} {}", id, deleted ? "deleted" : "was not there to delete");
            return new ProblemImports.Report(null, false, List.of());
        }
        Path file;
        ProblemUploads.Upload upload = null;
        try {
            Files.createDirectories(scratch);
            file = Files.createTempFile(scratch, id + "-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the package while it is imported", e);
        }
        try {
            if (uploaded) {
                try {
                    upload = Json.mapper().readValue(zip, ProblemUploads.Upload.class);
                } catch (JacksonException e) {
                    return refused("(record)", "the record names an upload but is not an upload's reference");
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    uploads.copy(upload, out);
                } catch (IOException e) {
                    return refused("(upload)", e.getMessage());
                }
            } else {
                Files.write(file, zip);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the package while it is imported", e);
        }
        try {
            ImportOutcome outcome = importer.importPackage(id, file);
            if (outcome instanceof ImportOutcome.Imported imported) {
                return new ProblemImports.Report(ProblemDocument.of(imported.stored()), imported.created(), List.of());
            }
            return new ProblemImports.Report(null, false,
                    ((ImportOutcome.Refused) outcome).problems().stream().map(ProblemStage::issue).toList());
        } finally {
            if (upload != null) {
                uploads.delete(upload);
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Cannot delete {}: {}", file, e.getMessage());
            }
        }
    }

    private static ProblemImports.Issue issue(PackageIssue p) {
        return new ProblemImports.Issue(p.file(), p.message());
    }

    private static ProblemImports.Report refused(String file, String message) {
        return new ProblemImports.Report(null, false, List.of(new ProblemImports.Issue(file, message)));
    }
}
