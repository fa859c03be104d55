package dev.judge.problems;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the reader streams a package's files: test data, validator and submission sources. An
 * implementation stores the bytes (a blob store, a directory, memory in tests) and answers their
 * reference; it must read the stream to its end and must not close it.
 */
@FunctionalInterface
public interface TestDataSink {

    ContentRef store(InputStream content) throws IOException;
}
