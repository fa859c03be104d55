package dev.judge.problems.validator;

import dev.judge.model.Status;
import java.util.Objects;

/**
 * What an output validator decided about one output.
 *
 * @param status {@link Status#ACCEPTED} or {@link Status#WRONG_ANSWER}
 * @param judgeMessage for judges: what differed and where ({@code judgemessage.txt}); empty when accepted
 */
public record Judgement(Status status, String judgeMessage) {

    public Judgement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(judgeMessage, "judgeMessage");
    }

    public static final Judgement ACCEPTED = new Judgement(Status.ACCEPTED, "");

    public static Judgement wrongAnswer(String message) {
        return new Judgement(Status.WRONG_ANSWER, message);
    }

    public boolean accepted() {
        return status == Status.ACCEPTED;
    }
}
