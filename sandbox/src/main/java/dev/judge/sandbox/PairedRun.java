package dev.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One interactive run: a submission and its validator, each in its own box, talking through two
 * pipes that the launcher's {@code --pair} makes (see pair.c). This class prepares both boxes and
 * the validator's feedback directory, runs the pair, and reads back both runs and the feedback.
 *
 * <p>The validator's feedback directory is a {@link FeedbackDirectory}.
 */
final class PairedRun {

    private final Box submissionBox;
    private final Box validatorBox;

    PairedRun(Box submissionBox, Box validatorBox) {
        if (submissionBox == validatorBox || submissionBox.id() == validatorBox.id()) {
            throw new IllegalArgumentException("the submission and the validator need two boxes");
        }
        this.submissionBox = submissionBox;
        this.validatorBox = validatorBox;
    }

    PairedResult run(RunRequest submission, RunRequest validator, Duration grace, java.util.Map<String, byte[]> feedback) {
        check("submission", submission);
        check("validator", validator);
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
        try {
            submissionBox.prepareRun();
            validatorBox.prepareRun();
            FeedbackDirectory.prepare(validatorBox.directory(), feedback);
            Path pairMeta = submissionBox.metaFile().resolveSibling("box-" + submissionBox.id() + ".pair.meta");
            Files.deleteIfExists(pairMeta);
            Launcher.Result launched = submissionBox.launcher().runPaired(submissionBox.id(), submission,
                    submissionBox.metaFile(), validatorBox.id(), validator, validatorBox.metaFile(), grace, pairMeta);
            MetaFile pair = MetaFile.read(pairMeta);
            String output = launched.output();
            if (launched.exitCode() != 0 && !pair.values().containsKey("first")) {
                // The pair itself failed (or the launcher cannot pair): nothing ran, or both were killed.
                submissionBox.markBroken();
                validatorBox.markBroken();
                String why = pair.values().getOrDefault("message", output.trim());
                return PairedResult.failed("paired run in boxes " + submissionBox.id() + " and " + validatorBox.id()
                        + " failed: " + why);
            }
            RunResult s = submissionBox.interpret(sideExit(pair, "a"), output, submission);
            RunResult v = validatorBox.interpret(sideExit(pair, "b"), output, validator);
            return new PairedResult(s, v, side(pair.values().get("first")), pair.seconds(pair.values().get("first") + "-end"),
                    pair.seconds("a-end"), pair.seconds("b-end"),
                    side(pair.values().get("grace-ended")), FeedbackDirectory.read(validatorBox.directory()));
        } catch (IOException | RuntimeException e) {
            submissionBox.markBroken();
            validatorBox.markBroken();
            return PairedResult.failed("sandbox failure in paired run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            submissionBox.markBroken();
            validatorBox.markBroken();
            return PairedResult.failed("interrupted during a paired run");
        }
    }

    private static void check(String side, RunRequest request) {
        if (request.limits().wallTimeSec() <= 0) {
            throw new IllegalArgumentException("the " + side + " needs a wall-time limit: a peer that stops talking must not hang it");
        }
        if (request.stdinFile() != null || request.stderrToStdout()) {
            throw new IllegalArgumentException("the " + side + "'s standard input and output are the pair's pipes");
        }
    }

    /** A side launcher's exit status; 2 (a sandbox failure) when it was killed or did not report. */
    private static int sideExit(MetaFile pair, String side) {
        Integer code = pair.integer(side + "-exitcode");
        return code == null ? 2 : code;
    }

    private static PairedResult.Side side(String name) {
        if ("a".equals(name)) {
            return PairedResult.Side.SUBMISSION;
        }
        return "b".equals(name) ? PairedResult.Side.VALIDATOR : null;
    }
}
