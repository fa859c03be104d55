package dev.judge.result.metrics;

import dev.judge.model.Status;

/** What result-service reports; the domain calls it, Micrometer implements it. */
public interface ResultObserver {

    void verdict(Status status);
}
