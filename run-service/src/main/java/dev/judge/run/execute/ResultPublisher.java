package dev.judge.run.execute;

import dev.judge.model.PipelineEvent;
import java.util.concurrent.CompletableFuture;

/** Sends a chunk's results on; the future completes once the broker acknowledged them. */
public interface ResultPublisher {

    CompletableFuture<?> publish(PipelineEvent.TestsJudged results);
}
