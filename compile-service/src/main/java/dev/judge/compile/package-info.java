/**
 * compile-service, stage 2. A submission arrives on {@code judge.submissions}; {@code stage}
 * reads it at the edge (not JSON, or no id at all: dead-letter topic; anything else wrong: a
 * REJECTED event), checks it and drops resent ids; {@code build} compiles it inside a sandbox
 * box unless the artifact store ({@code dev.judge.state}) already holds it under its content key;
 * {@code dispatch} publishes one job per test on {@code judge.runs} and the stage's events on
 * {@code judge.outcomes}, and the record's offset is committed only after Kafka acknowledged all of that.
 */
package dev.judge.compile;
