package dev.judge.model;

/** Kafka topic names: the external contract and the internal hand-offs between stages. */
public final class Topics {

    /** Producers publish {@link Submission}s here, keyed by submission id. */
    public static final String SUBMISSIONS = "judge.submissions";
    /** result-service publishes {@link Verdict}s here, keyed by submission id; its only writer. */
    public static final String VERDICTS = "judge.verdicts";
    /** compile-service publishes one {@link TestCaseScheduled} per test, keyed {@code id#index}. */
    public static final String RUNS = "judge.runs";
    /** Every stage reports {@link PipelineEvent}s here for result-service, keyed by submission id. */
    public static final String OUTCOMES = "judge.outcomes";
    /** Suffix of dead-letter topics: records no stage could even read. */
    /**
     * Problem packages, keyed by problem id: a zip (at most {@link #MAX_SUBMISSION_BYTES}) imports or
     * replaces the problem, an empty value (a tombstone) deletes it. Compacted: the latest record
     * per problem stays.
     */
    public static final String PROBLEMS = "judge.problems";
    /** The header of a {@link #PROBLEMS} record naming the import request whose client waits for it. */
    public static final String IMPORT_REQUEST_HEADER = "judge-import-request";
    /**
     * On a {@link #PROBLEMS} record whose package was uploaded over HTTP in chunks to Redis (larger
     * than a record may be): the value is then the upload's reference (JSON), not the zip.
     */
    public static final String PACKAGE_UPLOAD_HEADER = "judge-package-upload";
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    /** Largest accepted submission record (the topic's {@code max.message.bytes}). */
    public static final int MAX_SUBMISSION_BYTES = 16 * 1024 * 1024;

    private Topics() {
    }
}
