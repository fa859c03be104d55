package dev.judge.run.metrics;

import dev.judge.model.Language;

/** What run-service reports about its work; the domain calls it, Micrometer implements it. */
public interface RunObserver {

    /** One test ran for this long (wall clock, in the sandbox). */
    void executed(Language language, double seconds);

    /** The submission's first test started this long after the submission arrived. */
    void queueWait(Language language, double seconds);
}
