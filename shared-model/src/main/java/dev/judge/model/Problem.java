package dev.judge.model;

/**
 * One thing wrong with a submission: the field it concerns, as data, and what is wrong with it.
 *
 * @param field the field's path in the native submission ({@code limits.memoryKb}, {@code tests[2]}),
 *     or {@code submission} for the whole
 * @param message what is wrong, for people
 */
public record Problem(String field, String message) {

    /** "field: message", the form the verdict's message and the native API show. */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
