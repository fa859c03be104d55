package dev.judge.result.aggregate;

import dev.judge.state.ProgressEvent;

/** Where live progress goes (the Redis progress channel); fire and forget, the state stays the truth. */
public interface ProgressSink {

    void publish(ProgressEvent event);
}
