/**
 * result-service, stage 4 and the only writer of {@code judge.verdicts}. Every stage reports on
 * {@code judge.outcomes}, keyed by submission id, so one instance sees all of a submission's
 * events in order. The listener hands each event of a poll to {@code aggregate}, which applies it
 * to the submission's state in Redis idempotently (a redelivered result changes nothing),
 * broadcasts progress on the progress channel and, once every test is in or the submission failed
 * early, returns the verdict as plain {@code Effects}: publish it, then record it once the broker
 * acknowledged it. shared-kafka's {@code DeliveryEdge} publishes, waits once per poll, runs that
 * step and lets the poll's offsets be committed. {@code aggregate} knows no Kafka type
 * ({@code StageArchitectureTest}). The HTTP APIs are api-service's.
 */
package dev.judge.result;
