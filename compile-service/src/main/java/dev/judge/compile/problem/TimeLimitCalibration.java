package dev.judge.compile.problem;

import dev.judge.model.Digests;
import dev.judge.model.Status;
import dev.judge.model.Submission;
import dev.judge.model.Verdict;
import dev.judge.problems.ExampleSubmission;
import dev.judge.problems.Expectation;
import dev.judge.problems.PackageFile;
import dev.judge.problems.ProblemPackage;
import dev.judge.problems.TimeLimit;
import dev.judge.state.ProblemDataStore;
import dev.judge.state.ProblemStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the time limit of a package that sets none, as the specification asks: its accepted
 * example submissions are judged like any submission (published on {@code judge.submissions}) on a
 * version of the problem kept aside with a generous limit, and {@link CalibratedLimit} turns their
 * verdicts into the limit. The import waits for the verdicts, up to a deadline.
 */
public final class TimeLimitCalibration {

    private static final Logger log = LoggerFactory.getLogger(TimeLimitCalibration.class);

    /** Publishes a submission on {@code judge.submissions}. */
    @FunctionalInterface
    public interface Submitter {
        void submit(Submission submission);
    }

    /**
     * @param enabled whether packages without a time limit get one computed (else the default)
     * @param generousSec the time limit per test the accepted submissions are judged with
     * @param deadline how long the import waits for their verdicts
     */
    public record Settings(boolean enabled, double generousSec, Duration deadline) {
    }

    private static final Duration POLL = Duration.ofMillis(200);

    private final Submitter submitter;
    private final Function<String, Optional<Verdict>> verdicts;
    private final ProblemDataStore data;
    private final ProblemStore problems;
    private final Settings settings;

    public TimeLimitCalibration(Submitter submitter, Function<String, Optional<Verdict>> verdicts, ProblemDataStore data,
            ProblemStore problems, Settings settings) {
        this.submitter = submitter;
        this.verdicts = verdicts;
        this.data = data;
        this.problems = problems;
        this.settings = settings;
    }

    /** Whether the package leaves its time limit to the engine and computing is on. */
    public boolean applies(ProblemPackage problem) {
        return settings.enabled() && problem.limits().timeLimit().source() == TimeLimit.Source.DEFAULT;
    }

    /**
     * Judges {@code imported}'s accepted submissions and gives its time limit, or the package's faults.
     *
     * @param imported the problem as imported, with the default time limit
     */
    public CalibratedLimit.Outcome calibrate(ProblemStore.Stored imported) throws InterruptedException {
        ProblemPackage problem = imported.problem();
        List<ExampleSubmission> accepted = problem.submissions().stream().filter(TimeLimitCalibration::mustPass)
                .filter(e -> e.language().isPresent()).toList();
        if (accepted.isEmpty()) {
            return CalibratedLimit.of(List.of(), problem.limits(), settings.generousSec());
        }
        String aside = Digests.sha256Hex((imported.version() + " judged with " + settings.generousSec() + " s")
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        problems.saveAside(new ProblemStore.Stored(imported.id(), aside, imported.importedAtMs(),
                problem.withTimeLimit(new TimeLimit(settings.generousSec(), TimeLimit.Source.DEFAULT)), imported.validator()),
                settings.deadline().plusHours(1));
        String attempt = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            ExampleSubmission example = accepted.get(i);
            String id = "timelimit-" + aside + "-" + attempt + "-" + i;
            submitter.submit(submission(id, imported.id(), aside, example));
            files.put(id, "submissions/" + example.name());
        }
        log.info("Problem {}: computing its time limit from {} accepted submissions ({})", imported.id(), accepted.size(),
                String.join(", ", files.values()));
        Map<String, Verdict> judged = await(files.keySet());
        List<CalibratedLimit.Run> runs = new ArrayList<>();
        files.forEach((id, file) -> runs.add(new CalibratedLimit.Run(file, judged.get(id))));
        return CalibratedLimit.of(runs, problem.limits(), settings.generousSec());
    }

    private Map<String, Verdict> await(Set<String> ids) throws InterruptedException {
        Map<String, Verdict> judged = new LinkedHashMap<>();
        long deadline = System.nanoTime() + settings.deadline().toNanos();
        while (judged.size() < ids.size() && System.nanoTime() < deadline) {
            for (String id : ids) {
                if (!judged.containsKey(id)) {
                    verdicts.apply(id).ifPresent(v -> judged.put(id, v));
                }
            }
            if (judged.size() < ids.size()) {
                Thread.sleep(POLL.toMillis());
            }
        }
        return judged;
    }

    private Submission submission(String id, String problemId, String version, ExampleSubmission example) {
        List<Submission.SourceFile> files = new ArrayList<>();
        for (PackageFile f : example.files()) {
            try {
                files.add(new Submission.SourceFile(f.path(), null, Base64.getEncoder().encodeToString(data.read(f.content()))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + example.name() + "/" + f.path() + " back from the store", e);
            }
        }
        return new Submission(id, example.language().orElseThrow().wireName(), null, null, null, null, null, null, null, true,
                files, null, problemId, null, null, version);
    }

    /** An example that must be accepted: the {@code accepted} folder, or a DOMjudge line saying only that. */
    private static boolean mustPass(ExampleSubmission e) {
        return e.expectation() == Expectation.ACCEPTED
                || (e.expectation() == Expectation.DECLARED && e.expectedVerdicts().equals(Set.of(Status.ACCEPTED)));
    }
}
