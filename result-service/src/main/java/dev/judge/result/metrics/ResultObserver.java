package dev.judge.result.metrics;

import dev.judge.model.Language;
import dev.judge.model.Status;

/** What result-service reports; the domain calls it, Micrometer implements it. */
public interface ResultObserver {

    void verdict(Status status);

    /** A submission's tests ran from the first one's start to the last one's result in this long. */
    void batchFinished(Language language, long millis);
}
