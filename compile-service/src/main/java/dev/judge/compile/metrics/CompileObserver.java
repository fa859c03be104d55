package dev.judge.compile.metrics;

import dev.judge.model.Language;

/** What compile-service reports about its work; the domain calls it, Micrometer implements it. */
public interface CompileObserver {

    void cacheHit(Language language);

    void cacheMiss(Language language);

    void compiled(Language language, long millis, boolean succeeded);

    /** An artifact went into the store: its size as files and as stored. */
    void artifactStored(Language language, long rawBytes, long storedBytes);
}
