/**
 * compile-service. A submission arrives on {@code judge.submissions}; {@code intake} reads it at
 * the edge (not JSON, or no id at all: dead-letter topic; anything else wrong: a REJECTED event),
 * checks it and drops resent ids; {@code build} compiles it inside a sandbox box unless
 * {@code cache} already holds the artifact under its content key; {@code dispatch} publishes one
 * job per test on {@code judge.runs} and the outcome on {@code judge.outcomes}, and the record's
 * offset is committed only after Kafka acknowledged all of that.
 */
package dev.judge.compile;
