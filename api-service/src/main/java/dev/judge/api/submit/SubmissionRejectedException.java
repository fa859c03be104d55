package dev.judge.api.submit;

import dev.judge.model.Problem;
import java.util.List;

/**
 * An HTTP submission refused before it reached Kafka.
 *
 * @param problems {@code field: message} lines, each naming a field
 */
public class SubmissionRejectedException extends RuntimeException {

    /** Why, which decides the HTTP status. */
    public enum Reason { INVALID, CONFLICT, TOO_LARGE, OVERLOADED, NOT_JSON }

    private final Reason reason;
    private final List<Problem> problems;

    public SubmissionRejectedException(Reason reason, List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public Reason reason() {
        return reason;
    }

    public List<Problem> problems() {
        return problems;
    }
}
