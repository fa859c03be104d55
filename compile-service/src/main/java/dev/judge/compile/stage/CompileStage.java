package dev.judge.compile.stage;

import dev.judge.compile.build.BuildResult;
import dev.judge.compile.build.ProgramBuilder;
import dev.judge.compile.build.ToolchainUnavailableException;
import dev.judge.compile.metrics.CompileObserver;
import dev.judge.model.Artifact;
import dev.judge.model.Digests;
import dev.judge.model.Effects;
import dev.judge.model.Json;
import dev.judge.model.PipelineEvent;
import dev.judge.model.RunLimits;
import dev.judge.model.Submission;
import dev.judge.model.SubmissionValidator;
import dev.judge.model.TestCaseScheduled;
import dev.judge.model.TestChunkScheduled;
import dev.judge.model.ValidSubmission;
import dev.judge.model.ValidatorProgram;
import dev.judge.model.Status;
import dev.judge.model.Topics;
import dev.judge.state.ArtifactStore;
import dev.judge.state.ProblemStore;
import dev.judge.state.StateKeys;
import dev.judge.state.SubmissionIds;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The compile stage, free of Spring and Kafka: reads a submission record, rejects what is
 * wrong, ignores what was already done, compiles on a cache miss and returns what that causes
 * ({@link Effects}): the events for result-service on {@code judge.outcomes}, the chunks of
 * tests on {@code judge.runs}, and, to run once the broker acknowledged them, marking the
 * submission dispatched. The delivery edge publishes them; a submission's effects are published
 * once per poll, since it is marked dispatched only when the poll settles.
 */
public final class CompileStage {

    private static final Logger log = LoggerFactory.getLogger(CompileStage.class);

    private final SubmissionValidator validator;
    private final SubmissionIds ids;
    private final ArtifactStore artifacts;
    private final ProgramBuilder builder;
    private final CompileObserver observer;
    private final Function<String, Duration> artifactTtl;
    private final double workPerChunkSec;
    private final BiFunction<String, String, Optional<ProblemStore.Stored>> problems;
    private final CheckerBuilder checkers;

    /** A stage without problems (a submission naming one is rejected: no such problem). */
    public CompileStage(SubmissionValidator validator, SubmissionIds ids, ArtifactStore artifacts,
            ProgramBuilder builder, CompileObserver observer, Function<String, Duration> artifactTtl,
            double workPerChunkSec) {
        this(validator, ids, artifacts, builder, observer, artifactTtl, workPerChunkSec, (id, version) -> Optional.empty(),
                CheckerBuilder.NONE);
    }

    /**
     * @param problems a problem's version by id and version, its current one when the version is null
     * @param checkers builds a submission's own checker or interactor
     */
    public CompileStage(SubmissionValidator validator, SubmissionIds ids, ArtifactStore artifacts,
            ProgramBuilder builder, CompileObserver observer, Function<String, Duration> artifactTtl,
            double workPerChunkSec, BiFunction<String, String, Optional<ProblemStore.Stored>> problems, CheckerBuilder checkers) {
        this.problems = problems;
        this.checkers = checkers;
        this.validator = validator;
        this.ids = ids;
        this.artifacts = artifacts;
        this.builder = builder;
        this.observer = observer;
        this.artifactTtl = artifactTtl;
        this.workPerChunkSec = workPerChunkSec;
    }

    /**
     * Handles one record of {@code judge.submissions}.
     *
     * @return what it causes: nothing for a submission already dispatched
     * @throws UnreadableSubmissionException when the record is not JSON or carries no usable id
     */
    public Effects accept(String key, String value, long arrivedAtMs) throws InterruptedException {
        JsonNode node = parse(value);
        String id = idOf(node, key);
        Submission submission = null;
        String malformed = null;
        try {
            submission = Json.mapper().treeToValue(node, Submission.class);
            if (!SubmissionValidator.isValidId(submission.id())) {
                submission = submission.withId(id);
            }
        } catch (JacksonException | IllegalArgumentException e) {
            malformed = "malformed submission: " + firstLine(e.getMessage());
        }
        int total = submission == null || submission.tests() == null ? 0 : submission.tests().size();
        // The id is claimed for this body first, so a record that reuses an id, valid or not,
        // never touches the submission that used it first.
        String digest = submission != null ? digest(submission) : Digests.sha256Hex(value.getBytes(StandardCharsets.UTF_8));
        return switch (ids.claim(id, digest)) {
            case OTHER_BODY -> reject(id, total, arrivedAtMs, "id already used by a different submission", true);
            case SAME_BODY_DISPATCHED -> {
                log.info("Submission {} was already dispatched; ignoring the resent record", id);
                yield Effects.none();
            }
            case NEW, SAME_BODY_UNFINISHED -> {
                if (malformed != null) {
                    yield finished(id, reject(id, total, arrivedAtMs, malformed, false));
                }
                // Every record is validated here, the HTTP API's too, though the API validated
                // them once already (to answer 422 at once). Skipping it for the API's records
                // would need to know a record is the API's, and nothing in a record can say so
                // safely: any producer allowed to write judge.submissions can set any field or
                // header, and a hostile one would then pass an unchecked submission to the
                // sandbox. Only a signature the API makes with a key producers do not hold (or
                // a topic only the API may write) could, and neither exists yet. The validator
                // is also what resolves the submission this stage compiles (the language, its
                // default limits), so it runs once per record either way.
                SubmissionValidator.Result result = validator.validate(submission);
                if (result instanceof SubmissionValidator.Invalid invalid) {
                    yield finished(id, reject(id, total, arrivedAtMs, invalid.message(), false));
                }
                yield finished(id, planAndCompile(((SubmissionValidator.Valid) result).submission(), submission, arrivedAtMs));
            }
        };
    }

    /**
     * The submission ends with these effects: it is marked dispatched once they are acknowledged,
     * and a second record of it in the same poll publishes nothing.
     */
    private Effects finished(String id, Effects effects) {
        return effects.then(() -> ids.markDispatched(id)).oncePerPoll(id);
    }

    /** A submission on a problem gets its test cases and limits from the problem's current version. */
    private Effects planAndCompile(ValidSubmission s, Submission asSent, long arrivedAtMs) throws InterruptedException {
        if (s.problemId() == null) {
            ValidatorProgram checker = null;
            if (s.checker() != null) {
                CheckerBuilder.Built built = checkers.build(s.checker(), artifactTtl.apply(s.language().wireName()));
                if (built.refusal() != null) {
                    return reject(s.id(), s.tests().size(), arrivedAtMs, built.refusal(), false);
                }
                checker = built.program();
            }
            return compileAndSchedule(s, s.limits(), null, checker, arrivedAtMs);
        }
        Optional<ProblemStore.Stored> stored = problems.apply(s.problemId(), asSent.problemVersion());
        if (stored.isEmpty() && asSent.problemVersion() != null) {
            return reject(s.id(), 0, arrivedAtMs, "problemVersion: problem '" + s.problemId() + "' has no version '"
                    + asSent.problemVersion() + "' (a version is kept a day after it is replaced or deleted)", false);
        }
        if (stored.isEmpty()) {
            return reject(s.id(), 0, arrivedAtMs, "problemId: no problem '" + s.problemId() + "' (import it first: "
                    + "PUT /api/v1/problems/" + s.problemId() + ")", false);
        }
        ProblemTests.Plan plan = ProblemTests.plan(s, stored.get(),
                asSent.limits() != null && asSent.limits().cpuTimeSec() != null,
                asSent.limits() != null && asSent.limits().memoryKb() != null);
        if (plan.refusal() != null) {
            return reject(s.id(), 0, arrivedAtMs, "problemId: " + plan.refusal(), false);
        }
        return compileAndSchedule(s, plan.limits(), plan, plan.validator(), arrivedAtMs);
    }

    /** @param validator what judges each test's output where not the comparison or the default validator, or null */
    private Effects compileAndSchedule(ValidSubmission s, RunLimits limits, ProblemTests.Plan plan, ValidatorProgram validator,
            long arrivedAtMs) throws InterruptedException {
        long startedAt = System.currentTimeMillis();
        int total = plan != null ? plan.tests().size() : s.tests().size();
        String version;
        try {
            version = builder.toolchain(s.language()).version();
        } catch (ToolchainUnavailableException e) {
            // Retrying the record would not bring the toolchain back: the submission ends now.
            log.error("Submission {}: {}", s.id(), e.getMessage());
            return Effects.report(new PipelineEvent.CompilationFailed(s.id(), total, arrivedAtMs, startedAt, 0,
                    Status.INTERNAL_ERROR, null, e.getMessage()));
        }
        String key = StateKeys.artifact(Artifact.digest(s.language(), version, s.compilerOptions(), s.source(), s.files(), s.entry()));
        Duration ttl = artifactTtl.apply(s.language().wireName());
        boolean hit = artifacts.contains(key, ttl);
        long compileMs = 0;
        Effects effects = Effects.none();
        if (hit) {
            observer.cacheHit(s.language());
        } else {
            // Only a real compile is worth telling (state COMPILING): a cache hit goes straight to
            // SubmissionCompiled, one record and one acknowledgement fewer on the hot path.
            effects = Effects.report(new PipelineEvent.CompilationStarted(s.id(), total, arrivedAtMs, startedAt));
            observer.cacheMiss(s.language());
            BuildResult built = builder.build(s);
            compileMs = built.compileMs();
            observer.compiled(s.language(), compileMs, built instanceof BuildResult.Built);
            if (built instanceof BuildResult.Failed failed) {
                return effects.and(Effects.report(new PipelineEvent.CompilationFailed(s.id(), total, arrivedAtMs, startedAt,
                        compileMs, failed.status(), failed.compileOutput(), failed.message())));
            }
            ArtifactStore.Stored stored = artifacts.put(key, ((BuildResult.Built) built).artifact(), ttl);
            observer.artifactStored(s.language(), stored.rawBytes(), stored.storedBytes());
        }
        List<TestCaseScheduled> jobs = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (plan != null) {
                jobs.add(new TestCaseScheduled(s.id(), i, total, s.language(), key, limits, new byte[0], null, s.compare(),
                        s.arguments(), s.redirectStderrToStdout(), s.stopOnFirstFailure(), arrivedAtMs, plan.tests().get(i),
                        validator));
                continue;
            }
            Submission.TestCase t = s.tests().get(i);
            jobs.add(new TestCaseScheduled(s.id(), i, total, s.language(), key, limits,
                    t.stdinBytes(), t.expectedBytes(), s.compare(), s.arguments(),
                    s.redirectStderrToStdout(), s.stopOnFirstFailure(), arrivedAtMs, null, validator));
        }
        for (TestChunkScheduled chunk : TestChunkScheduled.chunks(jobs, limits.cpuTimeSec(), workPerChunkSec)) {
            effects = effects.and(Effects.publish(Topics.RUNS, chunk.key(), chunk));
        }
        TestCaseScheduled.ProblemTest problem = plan != null ? plan.tests().get(0) : null;
        return effects.and(Effects.report(new PipelineEvent.SubmissionCompiled(s.id(), total, arrivedAtMs, startedAt,
                compileMs, hit, s.stopOnFirstFailure(), s.language(), problem == null ? null : problem.problemId(),
                problem == null ? null : problem.version())));
    }

    private static Effects reject(String id, int total, long arrivedAtMs, String message, boolean duplicate) {
        log.info("Submission {} rejected: {}", id, message);
        return Effects.report(new PipelineEvent.SubmissionRejected(id, total, arrivedAtMs, message, duplicate));
    }

    /** The record as a JSON object; anything else (no value, empty, JSON null, an array) is unreadable. */
    private static JsonNode parse(String value) {
        if (value == null || value.isBlank()) {
            throw new UnreadableSubmissionException("empty record");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(value);
        } catch (JacksonException e) {
            throw new UnreadableSubmissionException("not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableSubmissionException("not a JSON object");
        }
        return node;
    }

    private static String idOf(JsonNode node, String key) {
        JsonNode id = node.get("id");
        if (id != null && id.isString() && SubmissionValidator.isValidId(id.asString())) {
            return id.asString();
        }
        if (SubmissionValidator.isValidId(key)) {
            return key;
        }
        throw new UnreadableSubmissionException("no valid id in the record or its key");
    }

    private static String digest(Submission s) {
        return Digests.sha256Hex(Json.mapper().writeValueAsBytes(s));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }
}
