package dev.judge.result.rebuild;

import dev.judge.model.Verdict;

/** The verdicts on {@code judge.verdicts}, the record of every verdict given. */
public interface PublishedVerdicts {

    /** What a verdict on the topic is: the verdict, and when it was published. */
    interface Reader {
        void read(Verdict verdict, long publishedAtMs);
    }

    /** Reads every verdict published since {@code fromMs} up to the topic's end as it is now. */
    void readSince(long fromMs, Reader reader);
}
