package dev.judge.run.execute;

import dev.judge.model.PipelineEvent;
import java.util.concurrent.CompletableFuture;

/** Sends a test's result on; the future completes once the broker acknowledged it. */
public interface ResultPublisher {

    CompletableFuture<?> publish(PipelineEvent.TestCaseJudged result);
}
