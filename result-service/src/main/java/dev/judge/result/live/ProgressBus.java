package dev.judge.result.live;

import dev.judge.model.TestResult;
import dev.judge.model.Verdict;

/** Broadcasts progress to every result-service instance; fire and forget (state in Redis stays the truth). */
public interface ProgressBus {

    void testFinished(String id, TestResult result);

    void verdictReady(Verdict verdict);
}
