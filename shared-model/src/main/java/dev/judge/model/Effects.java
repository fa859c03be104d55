package dev.judge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What handling one record caused, as a value: the records to publish, and the steps to run only
 * once the broker acknowledged every one of them (mark a submission dispatched, save a verdict).
 * A stage returns it; the delivery edge in {@code shared-kafka} ({@code DeliveryEdge}) sends the
 * records, waits, retries with the declared back-off, dead-letters and commits. So no stage
 * holds a Kafka type or a retry loop of its own.
 *
 * <p>{@code subject}, when set, is what the effects are about (a submission id) and says they are
 * published once per subject in a poll: a step that would make a second record of the same poll
 * see them (the verdict saved, the submission marked dispatched) has not run yet when that record
 * is handled, so the edge drops the later record's effects instead.
 *
 * @param publications the records to publish, in this order
 * @param afterAcknowledged steps run in this order once every publication was acknowledged
 * @param subject what the effects are about when they must be published once per poll; or null
 */
public record Effects(List<Publication> publications, List<Runnable> afterAcknowledged, String subject) {

    private static final Effects NONE = new Effects(List.of(), List.of(), null);

    /** One record to publish: its topic, key and value (a model record, written as JSON). */
    public record Publication(String topic, String key, Object value) {

        public Publication {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(value, "value");
        }
    }

    public Effects {
        publications = List.copyOf(publications);
        afterAcknowledged = List.copyOf(afterAcknowledged);
    }

    /** Nothing to publish, nothing to do. */
    public static Effects none() {
        return NONE;
    }

    /** One record to publish. */
    public static Effects publish(String topic, String key, Object value) {
        return new Effects(List.of(new Publication(topic, key, value)), List.of(), null);
    }

    /** An event for result-service: on {@code judge.outcomes}, keyed by its submission id. */
    public static Effects report(PipelineEvent event) {
        return publish(Topics.OUTCOMES, event.submissionId(), event);
    }

    /** A verdict: on {@code judge.verdicts}, keyed by its submission id. */
    public static Effects verdict(Verdict verdict) {
        return publish(Topics.VERDICTS, verdict.id(), verdict);
    }

    /** These effects, then {@code next}'s: publications and steps in order; the subject of either. */
    public Effects and(Effects next) {
        List<Publication> allPublications = new ArrayList<>(publications);
        allPublications.addAll(next.publications);
        List<Runnable> allSteps = new ArrayList<>(afterAcknowledged);
        allSteps.addAll(next.afterAcknowledged);
        return new Effects(allPublications, allSteps, subject != null ? subject : next.subject);
    }

    /** The same effects with {@code step} run once all of them were acknowledged. */
    public Effects then(Runnable step) {
        List<Runnable> steps = new ArrayList<>(afterAcknowledged);
        steps.add(step);
        return new Effects(publications, steps, subject);
    }

    /** The same effects, published once per {@code subject} in a poll (see the class comment). */
    public Effects oncePerPoll(String subject) {
        return new Effects(publications, afterAcknowledged, Objects.requireNonNull(subject, "subject"));
    }

    /** The values published, in order: what a test of a stage reads. */
    public List<Object> values() {
        return publications.stream().map(Publication::value).toList();
    }
}
