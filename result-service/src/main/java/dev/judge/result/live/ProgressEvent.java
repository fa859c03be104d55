package dev.judge.result.live;

/**
 * Something that happened to a submission, broadcast to every result-service instance so the one
 * holding an HTTP request can answer it: a finished test or the verdict, as JSON.
 *
 * @param kind {@code test} or {@code verdict}
 */
public record ProgressEvent(String id, String kind, String json) {

    public static final String TEST = "test";
    public static final String VERDICT = "verdict";
}
