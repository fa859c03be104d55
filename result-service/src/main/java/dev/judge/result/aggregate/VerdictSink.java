package dev.judge.result.aggregate;

import dev.judge.model.Verdict;
import java.util.concurrent.CompletableFuture;

/** Where verdicts go; the future completes once the broker acknowledged the verdict. */
public interface VerdictSink {

    CompletableFuture<?> publish(Verdict verdict);
}
