package dev.judge.result.aggregate;

import dev.judge.model.Verdict;

/** Where verdicts go; returns only once the broker acknowledged the verdict. */
public interface VerdictSink {

    void publish(Verdict verdict);
}
