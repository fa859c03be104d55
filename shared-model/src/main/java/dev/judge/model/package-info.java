/**
 * The pipeline's vocabulary: the submissions producers publish, the verdicts consumers read,
 * the internal events between the stages, the closed enums of every kind of status, and their
 * JSON mapping. Plain Java: nothing here knows Spring or Kafka, so every stage, every client
 * and every test can share it.
 *
 * <p>Flow: a {@link dev.judge.model.Submission} on {@code judge.submissions} is checked by
 * {@link dev.judge.model.SubmissionValidator} against the {@link dev.judge.model.LanguageCatalog};
 * the compile stage publishes its tests ({@link dev.judge.model.TestCaseScheduled}) in chunks
 * ({@link dev.judge.model.TestChunkScheduled}, one record for a small submission) on
 * {@code judge.runs} and {@link dev.judge.model.PipelineEvent}s on {@code judge.outcomes}; the
 * run stage answers each chunk with one {@code TestsJudged}; the result stage
 * folds them into a {@link dev.judge.model.Verdict} on {@code judge.verdicts}.
 */
package dev.judge.model;
