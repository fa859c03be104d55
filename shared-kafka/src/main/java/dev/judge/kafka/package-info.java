/**
 * The delivery edge: how every stage talks to Kafka, declared once.
 *
 * <p>Theory of operation. A stage's logic takes a domain value and returns what it caused as a
 * plain {@link dev.judge.model.Effects} (records to publish, steps to run once they are
 * acknowledged); it holds no Kafka type and no retry loop. Its thin listener hands the poll or
 * the record to {@link dev.judge.kafka.DeliveryEdge}, which sends the records with
 * {@code acks=all}, waits, runs the steps and lets the offset be committed only then. What fails
 * is retried with the one declared back-off ({@link dev.judge.kafka.PipelineKafka#backOff()}:
 * 0.2 s doubling to 30 s, five minutes in all) and then dead-lettered to {@code <topic>.DLT} with
 * the reason in its headers; what can never succeed (an unreadable record, a failure caused by
 * its content) is dead-lettered at once. compile- and result-service take a poll at a time and
 * wait once per poll ({@code DeliveryEdge.poll}, retried and dead-lettered by the container's
 * {@link dev.judge.kafka.PipelineKafka#errorHandler}); run-service, whose chunks run for very
 * different times, hands each chunk's effects over when they come ({@code DeliveryEdge.whenDone})
 * and the edge retries, dead-letters and acknowledges it there; the API publishes one record and
 * waits ({@code DeliveryEdge.deliverNow}).
 */
package dev.judge.kafka;
