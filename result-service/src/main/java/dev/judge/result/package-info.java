/**
 * result-service, stage 4 and the only writer of {@code judge.verdicts}. Every stage reports on
 * {@code judge.outcomes}, keyed by submission id, so one instance sees all of a submission's
 * events in order. {@code aggregate} applies each event to the submission's state in Redis
 * idempotently (a redelivered result changes nothing), broadcasts progress on the progress
 * channel and, once every test is in or the submission failed early, publishes the verdict, then
 * records it. The HTTP APIs are api-service's.
 */
package dev.judge.result;
