package dev.judge.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What the stages tell result-service on {@code judge.outcomes}, keyed by submission id so one
 * result-service instance sees all of a submission's events. Every event is a fact, and applying
 * one twice changes nothing.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PipelineEvent.CompilationStarted.class, name = "CompilationStarted"),
    @JsonSubTypes.Type(value = PipelineEvent.SubmissionCompiled.class, name = "SubmissionCompiled"),
    @JsonSubTypes.Type(value = PipelineEvent.CompilationFailed.class, name = "CompilationFailed"),
    @JsonSubTypes.Type(value = PipelineEvent.SubmissionRejected.class, name = "SubmissionRejected"),
    @JsonSubTypes.Type(value = PipelineEvent.TestsJudged.class, name = "TestsJudged"),
})
public sealed interface PipelineEvent {

    String submissionId();

    /** compile-service took the submission; {@code arrivedAtMs} is its record's timestamp. */
    record CompilationStarted(String submissionId, int total, long arrivedAtMs, long startedAtMs) implements PipelineEvent {
    }

    /**
     * Compiled (or found in the cache: {@code compileMs} 0); its tests are on {@code judge.runs}.
     * {@code language} is null in records of producers older than the field.
     */
    record SubmissionCompiled(String submissionId, int total, long arrivedAtMs, long startedAtMs, long compileMs,
            boolean cacheHit, boolean stopOnFirstFailure, Language language, String problemId, String problemVersion)
            implements PipelineEvent {

        /** A submission with inline tests. */
        public SubmissionCompiled(String submissionId, int total, long arrivedAtMs, long startedAtMs, long compileMs,
                boolean cacheHit, boolean stopOnFirstFailure, Language language) {
            this(submissionId, total, arrivedAtMs, startedAtMs, compileMs, cacheHit, stopOnFirstFailure, language, null, null);
        }
    }

    /** The program did not compile; {@code compileOutput} is bounded. */
    record CompilationFailed(String submissionId, int total, long arrivedAtMs, long startedAtMs, long compileMs,
            Status status, String compileOutput, String message) implements PipelineEvent {
    }

    /**
     * The submission was refused before compiling; {@code message} names the problem.
     * {@code duplicate} marks a second, different submission under an id already used: its
     * verdict is published, but the first submission's state is left alone.
     */
    record SubmissionRejected(String submissionId, int total, long arrivedAtMs, String message, boolean duplicate)
            implements PipelineEvent {
    }

    /**
     * The tests of one chunk ran (or were skipped): their results, and when the first started and
     * the last finished. Results cut in the record are kept whole in Redis ({@code output:<id>:<index>}).
     */
    record TestsJudged(String submissionId, int total, List<TestResult> results, long startedAtMs, long finishedAtMs)
            implements PipelineEvent {

        public TestsJudged {
            results = List.copyOf(results);
        }
    }
}
