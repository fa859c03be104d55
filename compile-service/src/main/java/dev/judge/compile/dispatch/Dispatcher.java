package dev.judge.compile.dispatch;

import dev.judge.model.PipelineEvent;
import dev.judge.model.TestChunkScheduled;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Hands work to the next stages; each future completes once the broker acknowledged everything sent. */
public interface Dispatcher {

    CompletableFuture<?> report(PipelineEvent event);

    /** Publishes the chunks of tests, then the event. */
    CompletableFuture<?> schedule(List<TestChunkScheduled> chunks, PipelineEvent compiled);
}
