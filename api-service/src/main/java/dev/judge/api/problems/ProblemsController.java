package dev.judge.api.problems;

import dev.judge.api.ApiProperties;
import dev.judge.model.Json;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.Topics;
import dev.judge.state.ProblemDataStore;
import dev.judge.state.ProblemDocument;
import dev.judge.state.ProblemImports;
import dev.judge.state.ProblemStore;
import dev.judge.state.ProblemUploads;
import dev.judge.state.RedisConnections;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Problem packages over HTTP: {@code PUT /api/v1/problems/{id}} with the package zip as the body
 * hands it to compile-service on {@code judge.problems} (which reads it, stores its test data once
 * and builds its validator) and answers with the outcome; {@code GET} and {@code DELETE} as usual.
 * A package of up to {@link #INLINE_BYTES} travels in the record; a larger one (up to
 * {@code JUDGE_API_MAX_PACKAGE_BYTES}, 413 above) is streamed to Redis in chunks as it is read
 * ({@link ProblemUploads}) and the record carries its reference: no side holds it in memory.
 */
@RestController
@RequestMapping("/api/v1/problems")
class ProblemsController {

    private static final Duration IMPORT_WAIT = Duration.ofMinutes(5);
    static final int INLINE_BYTES = 4 << 20;

    private final KafkaTemplate<String, byte[]> packages;
    private final ProblemStore problems;
    private final ProblemImports imports;
    private final RedisConnections redis;
    private final ProblemUploads uploads;
    private final ApiProperties api;

    ProblemsController(KafkaTemplate<String, byte[]> problemTemplate, ProblemStore problems, ProblemImports imports,
            RedisConnections redis, ProblemUploads uploads, ApiProperties api) {
        this.uploads = uploads;
        this.api = api;
        this.packages = problemTemplate;
        this.problems = problems;
        this.imports = imports;
        this.redis = redis;
    }

    @PutMapping("/{problemId}")
    ResponseEntity<Object> put(@PathVariable String problemId, HttpServletRequest request) throws IOException, InterruptedException {
        if (!SubmissionValidator.ID.matcher(problemId).matches()) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problemId", "must be 1-64 characters of [A-Za-z0-9_-]");
        }
        String type = request.getContentType();
        if (type == null || !(type.startsWith("application/zip") || type.startsWith("application/octet-stream")
                || type.startsWith("application/x-zip-compressed"))) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "must be application/zip (the package zip as the body), got "
                    + (type == null ? "none" : "'" + type + "'"));
        }
        InputStream body = request.getInputStream();
        byte[] head = body.readNBytes(INLINE_BYTES + 1);
        if (head.length == 0) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "body", "is empty: send the package zip");
        }
        Optional<ProblemImports.Report> report;
        if (head.length <= INLINE_BYTES) {
            report = send(problemId, head, null);
        } else {
            ProblemUploads.Upload upload;
            try {
                upload = uploads.write(UUID.randomUUID().toString(), new SequenceInputStream(new ByteArrayInputStream(head), body),
                        api.maxPackageBytes());
            } catch (ProblemUploads.TooLargeException e) {
                return problem(HttpStatus.CONTENT_TOO_LARGE, "body", "the package is larger than " + api.maxPackageBytes() / (1024 * 1024)
                        + " MiB, the largest this deployment imports (JUDGE_API_MAX_PACKAGE_BYTES)");
            }
            report = send(problemId, Json.mapper().writeValueAsBytes(upload), upload);
        }
        if (report.isEmpty()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", problemId, "status", "importing",
                    "message", "the import takes longer than " + IMPORT_WAIT.toMinutes() + " minutes; GET the problem later"));
        }
        if (report.get().problem() == null) {
            return ResponseEntity.unprocessableContent().body(Map.of("problems", report.get().problems()));
        }
        return ResponseEntity.status(report.get().created() ? HttpStatus.CREATED : HttpStatus.OK).body(report.get().problem());
    }

    @GetMapping("/{problemId}")
    ResponseEntity<Object> get(@PathVariable String problemId) {
        return problems.current(problemId).<ResponseEntity<Object>>map(s -> ResponseEntity.ok(ProblemDocument.of(s)))
                .orElseGet(() -> notFound(problemId));
    }

    /** The samples a statement shows: sample inputs and answers, and interactive samples' {@code .interaction} files. */
    @GetMapping("/{problemId}/samples")
    ResponseEntity<Object> samples(@PathVariable String problemId) throws IOException {
        Optional<ProblemStore.Stored> stored = problems.current(problemId);
        if (stored.isEmpty()) {
            return notFound(problemId);
        }
        return ResponseEntity.ok(ProblemSamples.of(stored.get(), new ProblemDataStore(redis.bulk())));
    }

    @GetMapping
    List<ProblemDocument> list() {
        return problems.ids().stream().flatMap(id -> problems.current(id).stream()).map(ProblemDocument::of).toList();
    }

    @DeleteMapping("/{problemId}")
    ResponseEntity<Object> delete(@PathVariable String problemId) throws InterruptedException {
        if (problems.current(problemId).isEmpty()) {
            return notFound(problemId);
        }
        send(problemId, null, null);
        return ResponseEntity.noContent().build();
    }

    /**
     * Publishes the package (or a tombstone, or an upload's reference) and waits for compile-service's outcome.
     *
     * @param upload the upload {@code value} refers to, or null when the value is the zip itself
     */
    private Optional<ProblemImports.Report> send(String problemId, byte[] value, ProblemUploads.Upload upload)
            throws InterruptedException {
        String requestId = UUID.randomUUID().toString();
        try (ProblemImports.Wait wait = ProblemImports.waitFor(redis, imports, requestId)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.PROBLEMS, problemId, value);
            record.headers().add(Topics.IMPORT_REQUEST_HEADER, requestId.getBytes(StandardCharsets.UTF_8));
            if (upload != null) {
                record.headers().add(Topics.PACKAGE_UPLOAD_HEADER, new byte[] {1});
            }
            try {
                packages.send(record).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("the broker did not take the package: " + e.getMessage(), e);
            }
            return wait.await(IMPORT_WAIT);
        }
    }

    private static ResponseEntity<Object> notFound(String problemId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no problem with id '" + problemId + "'"));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("problems", List.of(Map.of("file", field, "message", message)));
        return ResponseEntity.status(status).body(body);
    }
}
