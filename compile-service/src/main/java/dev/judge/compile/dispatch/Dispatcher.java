package dev.judge.compile.dispatch;

import dev.judge.model.PipelineEvent;
import dev.judge.model.TestChunkScheduled;
import java.util.List;

/** Hands work to the next stages. Each call returns only once the broker acknowledged everything. */
public interface Dispatcher {

    void report(PipelineEvent event);

    /** Publishes the chunks of tests, then the event, and waits for all acknowledgements. */
    void schedule(List<TestChunkScheduled> chunks, PipelineEvent compiled);
}
