package dev.judge.kafka;

/** A record no stage can read (no value, not the declared type): it goes to the dead-letter topic at once. */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message) {
        super(message);
    }
}
