/**
 * run-service, stage 3. Each record of {@code judge.runs} is a chunk of one submission's tests.
 * The listener hands it to {@code execute}, which runs the chunk's tests in parallel, each in a
 * free box chosen by {@code schedule} (concurrency is bounded by the boxes), with the artifact
 * from {@code artifact} (Redis behind a local cache), compares outputs ({@code compare}) and
 * completes with one {@code TestsJudged} for the chunk as plain {@code Effects}. shared-kafka's
 * {@code DeliveryEdge} publishes it when it comes, retries a refused send with the declared
 * back-off and then dead-letters the chunk, and acknowledges the record only then. Chunks of one
 * poll run in parallel and are acknowledged in any order; the container commits only the
 * contiguous prefix of acknowledged offsets, so a killed instance loses nothing: its unfinished
 * chunks are redelivered and run again (results are recorded once per test index).
 * {@code execute} and {@code schedule} know no Kafka type ({@code StageArchitectureTest}).
 */
package dev.judge.run;
