package dev.judge.compile.stage;

/** A record no verdict can be given for (not JSON, or no id anywhere): it goes to the dead-letter topic. */
public class UnreadableSubmissionException extends RuntimeException {

    public UnreadableSubmissionException(String message) {
        super(message);
    }
}
