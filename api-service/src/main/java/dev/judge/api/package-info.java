/**
 * api-service, the HTTP front door. It is a client of the pipeline like any other: it publishes
 * submissions to {@code judge.submissions} ({@code submit}) through shared-kafka's delivery edge,
 * answering only once Kafka acknowledged the record, reads the public contract back —
 * {@code judge.verdicts} for callbacks ({@code callback}), the progress channel for waits and
 * Server-Sent Events ({@code live}) — and reads each submission's state in Redis through the
 * typed stores of {@code dev.judge.state}. It never calls a stage. {@code judge0} and
 * {@code nativeapi} are the two APIs, {@code catalog} the languages, {@code web} what both share
 * at the HTTP edge. Each feature package wires itself.
 */
package dev.judge.api;
