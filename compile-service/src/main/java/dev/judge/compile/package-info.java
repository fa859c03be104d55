/**
 * compile-service, stage 2. A submission arrives on {@code judge.submissions}; the listener
 * hands each record of a poll to {@code stage}, which reads it (not JSON, or no id at all:
 * dead-letter topic; anything else wrong: a REJECTED event), checks it and drops resent ids;
 * {@code build} compiles it inside a sandbox box unless the artifact store
 * ({@code dev.judge.state}) already holds it under its content key. The stage returns what the
 * submission causes as plain {@code Effects} (its chunks of tests for {@code judge.runs}, its
 * events for {@code judge.outcomes}, and marking it dispatched once those are acknowledged);
 * shared-kafka's {@code DeliveryEdge} publishes them, waits once per poll, and the poll's
 * offsets are committed only after Kafka acknowledged all of that. {@code stage} knows no Kafka
 * type ({@code StageArchitectureTest}).
 */
package dev.judge.compile;
