package dev.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One interactive run: a submission and its validator, each in its own box, talking through two
 * pipes that the launcher's {@code --pair} makes (see pair.c). This class prepares both boxes and
 * the validator's feedback directory, runs the pair, and reads back both runs and the feedback.
 *
 * <p>The feedback directory is {@code /box/feedback} in the validator's box, owned by its box user
 * and empty at the start. It is read only after the run, when every process of the box is dead,
 * and only as the box's other files are: regular files directly in it (no links, FIFOs or
 * devices; a {@code feedback} that is no longer a directory gives nothing), at most
 * {@link #MAX_FEEDBACK_FILES} of them in name order, each cut to {@link #FEEDBACK_CAPTURE_BYTES}.
 */
final class PairedRun {

    static final int MAX_FEEDBACK_FILES = 16;
    static final int FEEDBACK_CAPTURE_BYTES = 64 * 1024;
    private static final String FEEDBACK = "feedback";

    private final Box submissionBox;
    private final Box validatorBox;

    PairedRun(Box submissionBox, Box validatorBox) {
        if (submissionBox == validatorBox || submissionBox.id() == validatorBox.id()) {
            throw new IllegalArgumentException("the submission and the validator need two boxes");
        }
        this.submissionBox = submissionBox;
        this.validatorBox = validatorBox;
    }

    PairedResult run(RunRequest submission, RunRequest validator, Duration grace) {
        check("submission", submission);
        check("validator", validator);
        if (grace.isNegative()) {
            throw new IllegalArgumentException("grace must not be negative");
        }
        try {
            submissionBox.prepareRun();
            validatorBox.prepareRun();
            Path feedback = prepareFeedback();
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
                    side(pair.values().get("grace-ended")), readFeedback(feedback));
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

    /** An empty feedback directory, owned by the validator's box user like the box itself. */
    private Path prepareFeedback() throws IOException {
        Path dir = validatorBox.directory().resolve(FEEDBACK);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                BoxFiles.wipe(dir);
            }
            Files.delete(dir);
        }
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.setAttribute(dir, "unix:uid", Files.getAttribute(validatorBox.directory(), "unix:uid", LinkOption.NOFOLLOW_LINKS));
        Files.setAttribute(dir, "unix:gid", Files.getAttribute(validatorBox.directory(), "unix:gid", LinkOption.NOFOLLOW_LINKS));
        return dir;
    }

    private static Map<String, byte[]> readFeedback(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        List<String> names;
        try (var entries = Files.list(dir)) {
            names = entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).sorted().limit(MAX_FEEDBACK_FILES).toList();
        }
        for (String name : names) {
            BoxFiles.read(dir, name, FEEDBACK_CAPTURE_BYTES).ifPresent(c -> files.put(name, c.bytes()));
        }
        return files;
    }
}
