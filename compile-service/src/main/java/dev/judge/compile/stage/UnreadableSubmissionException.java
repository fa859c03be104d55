package dev.judge.compile.stage;

import dev.judge.kafka.UnreadableRecordException;

/** A record no verdict can be given for (empty, not a JSON object, or no id anywhere): it goes to the dead-letter topic at once. */
public class UnreadableSubmissionException extends UnreadableRecordException {

    public UnreadableSubmissionException(String message) {
        super(message);
    }
}
