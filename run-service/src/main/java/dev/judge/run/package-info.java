/**
 * run-service. Each record of {@code judge.runs} is one test. The listener hands it to
 * {@code execute}, which waits for a free box (concurrency is bounded by the boxes), loads the
 * artifact from {@code artifact} (Redis behind a small local cache), runs the program, compares
 * its output ({@code compare}) and publishes a {@code TestCaseJudged}. Tests of one partition run
 * in parallel; a record is acknowledged only after its result was acknowledged by Kafka, and the
 * container commits only the contiguous prefix of acknowledged offsets, so a killed instance
 * loses nothing: its unfinished tests are redelivered.
 */
package dev.judge.run;
