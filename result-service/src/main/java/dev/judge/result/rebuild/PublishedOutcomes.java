package dev.judge.result.rebuild;

import dev.judge.model.PipelineEvent;
import java.util.function.Consumer;

/** The events on {@code judge.outcomes}, the record of everything the stages reported. */
public interface PublishedOutcomes {

    /** Reads every event published since {@code fromMs} up to the topic's end as it is now, each partition in order. */
    void readSince(long fromMs, Consumer<PipelineEvent> reader);
}
