/**
 * result-service, the only writer of {@code judge.verdicts}. Every stage reports on
 * {@code judge.outcomes}, keyed by submission id, so one instance sees all of a submission's
 * events in order. {@code aggregate} applies each event to the submission's {@code state} in
 * Redis idempotently (a redelivered result changes nothing) and, once every test is in or the
 * submission failed early, publishes the verdict, then marks it published.
 */
package dev.judge.result;
