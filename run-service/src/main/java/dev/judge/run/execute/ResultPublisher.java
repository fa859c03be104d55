package dev.judge.run.execute;

import dev.judge.model.PipelineEvent;

/** Sends a test's result on; returns only once the broker acknowledged it. */
public interface ResultPublisher {

    void publish(PipelineEvent.TestCaseJudged result);
}
