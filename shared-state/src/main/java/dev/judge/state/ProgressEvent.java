package dev.judge.state;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;

/**
 * Something that happened to a submission, broadcast on {@link StateKeys#PROGRESS_CHANNEL} so
 * whichever API instance holds a client's request can answer it: a finished test, or the verdict.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ProgressEvent.TestFinished.class, name = "test"),
    @JsonSubTypes.Type(value = ProgressEvent.VerdictReady.class, name = "verdict"),
})
public sealed interface ProgressEvent {

    String submissionId();

    record TestFinished(String submissionId, TestResult result) implements ProgressEvent {
    }

    record VerdictReady(Verdict verdict) implements ProgressEvent {

        @Override
        public String submissionId() {
            return verdict.id();
        }
    }
}
