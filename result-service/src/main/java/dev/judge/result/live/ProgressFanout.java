package dev.judge.result.live;

import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import java.util.List;

/** Hands progress to several listeners: the broadcast, the callback queue. */
public final class ProgressFanout implements ProgressBus {

    private final List<ProgressBus> targets;

    public ProgressFanout(List<ProgressBus> targets) {
        this.targets = List.copyOf(targets);
    }

    @Override
    public void testFinished(String id, TestResult result) {
        targets.forEach(t -> t.testFinished(id, result));
    }

    @Override
    public void verdictReady(Verdict verdict) {
        targets.forEach(t -> t.verdictReady(verdict));
    }
}
