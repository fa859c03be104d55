package dev.judge.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What an interactive pair produced ({@link Box#runPaired}).
 *
 * @param submission the submission's run; its standard output went to the validator and is empty here
 * @param validator the validator's run; likewise
 * @param firstEnded the side whose run ended first, or null when the pair itself failed
 * @param firstEndedAtSec when that side's run ended, in seconds after both were started
 * @param submissionEndedAtSec when the submission's box ended, in seconds (to the microsecond) after both were started
 * @param validatorEndedAtSec when the validator's box ended, likewise
 * @param endedByGrace the side that was still running {@code grace} after the other had ended and
 *     was ended then (its outcome is a TIME_LIMIT), or null
 * @param feedback the regular files the validator left in {@link Box#FEEDBACK_DIRECTORY}, by name: at
 *     most 16 files (the first in name order), each cut to 64 KiB
 */
public record PairedResult(
        RunResult submission,
        RunResult validator,
        Side firstEnded,
        double firstEndedAtSec,
        double submissionEndedAtSec,
        double validatorEndedAtSec,
        Side endedByGrace,
        Map<String, byte[]> feedback) {

    /** The two sides of an interactive run. */
    public enum Side { SUBMISSION, VALIDATOR }

    public PairedResult {
        feedback = Map.copyOf(feedback);
    }

    static PairedResult failed(String message) {
        return new PairedResult(RunResult.internalError(message), RunResult.internalError(message), null, 0, 0, 0, null, Map.of());
    }

    /** A feedback file as UTF-8 text (e.g. {@code judgemessage.txt}), if the validator left one. */
    public Optional<String> feedbackText(String name) {
        return Optional.ofNullable(feedback.get(name)).map(b -> new String(b, StandardCharsets.UTF_8));
    }
}
