/**
 * run-service, stage 3. Each record of {@code judge.runs} is a chunk of one submission's tests.
 * The listener hands it to {@code execute}, which runs the chunk's tests in parallel, each in a
 * free box (concurrency is bounded by the boxes), with the artifact from {@code artifact} (Redis
 * behind a local cache), compares outputs ({@code compare}) and publishes one {@code TestsJudged}
 * for the chunk. Chunks of one partition run in parallel; a record is acknowledged only after
 * its results were acknowledged by Kafka, and the container commits only the contiguous prefix
 * of acknowledged offsets, so a killed instance loses nothing: its unfinished chunks are
 * redelivered and run again (results are recorded once per test index).
 */
package dev.judge.run;
