package dev.judge.compile.problem;

import dev.judge.compile.build.BuildResult;
import dev.judge.compile.build.ProgramBuilder;
import dev.judge.model.Artifact;
import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.Submission;
import dev.judge.model.ValidSubmission;
import dev.judge.problems.OutputValidator;
import dev.judge.problems.PackageFile;
import dev.judge.state.ArtifactStore;
import dev.judge.state.ProblemDataStore;
import dev.judge.state.ProblemStore;
import dev.judge.state.StateKeys;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a package's output validator once, as a program of several files in the language its
 * sources are written in, and keeps the artifact (no expiry, never evicted) under the digest of its
 * language, toolchain and files: a package imported again with the same validator reuses it.
 */
public final class ValidatorBuilder {

    /** Extensions that name no language on their own (headers go with the sources that include them). */
    private static final Set<String> HEADERS = Set.of("h", "hh", "hpp", "hxx");

    /** What building gave. */
    public sealed interface Result {
        record Built(ProblemStore.BuiltValidator validator) implements Result {
        }

        record Failed(String message) implements Result {
        }
    }

    private final ProgramBuilder builder;
    private final ProblemDataStore data;
    private final ArtifactStore artifacts;

    public ValidatorBuilder(ProgramBuilder builder, ProblemDataStore data, ArtifactStore artifacts) {
        this.builder = builder;
        this.data = data;
        this.artifacts = artifacts;
    }

    /** A package's validator, kept without expiry (problem versions refer to it). */
    Result build(OutputValidator validator) throws InterruptedException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (PackageFile f : validator.files()) {
                if (f.path().contains("/")) {
                    return new Result.Failed(f.path() + ": the validator's files must all be in its own folder, not below it");
                }
                files.put(f.path(), data.read(f.content()));
            }
        } catch (IOException e) {
            return new Result.Failed("cannot read the validator's files: " + e.getMessage());
        }
        if (ScriptedValidator.isScripted(files)) {
            Optional<Map<String, byte[]>> program = ScriptedValidator.program(files);
            if (program.isEmpty()) {
                return new Result.Failed("a validator with build or run scripts may not have files named compile or "
                        + "validator-run (the judge writes those)");
            }
            return build(ScriptedValidator.LANGUAGE, null, program.get(), null);
        }
        Optional<Language> language = languageOf(files);
        if (language.isEmpty()) {
            return new Result.Failed("no source file in a language the judge has among " + files.keySet());
        }
        return build(language.get(), null, files, null);
    }

    /**
     * A validator's program: built once per language, toolchain and files (an artifact already
     * stored under their digest is reused), kept without expiry or for {@code ttl}.
     *
     * @param source the main file's text, written under the language's file name; or null
     * @param ttl how long the artifact stays, or null to keep it
     */
    public Result build(Language language, String source, Map<String, byte[]> files, Duration ttl) throws InterruptedException {
        String version = builder.toolchain(language).version();
        String key = StateKeys.validator(Artifact.digest(language, version, List.of(), source, files, null));
        // The same program may be stored already, kept (a problem's) or expiring (a submission's
        // checker): a problem's validator keeps it for good; a checker leaves a kept one kept.
        Optional<Artifact> existing = ttl == null
                ? artifacts.get(key).filter(a -> artifacts.keepStored(key))
                : artifacts.refreshUnlessKept(key, ttl) ? artifacts.get(key) : Optional.empty();
        if (existing.isPresent()) {
            return new Result.Built(new ProblemStore.BuiltValidator(language.wireName(), key, existing.get().entry()));
        }
        ValidSubmission program = new ValidSubmission("validator-" + key.substring(key.indexOf(':') + 1, key.indexOf(':') + 17),
                language, source, List.of(), LanguageCatalog.defaults().entry(language).defaults(), List.of(), List.of(),
                false, Submission.Compare.defaults(), false, files, null);
        BuildResult built = builder.build(program);
        if (built instanceof BuildResult.Failed failed) {
            return new Result.Failed("does not compile as " + language.wireName() + ": "
                    + (failed.message() != null ? failed.message() + "\n" : "")
                    + (failed.compileOutput() != null ? failed.compileOutput() : ""));
        }
        Artifact artifact = ((BuildResult.Built) built).artifact();
        if (ttl == null) {
            artifacts.keep(key, artifact);
        } else {
            artifacts.put(key, artifact, ttl);
        }
        return new Result.Built(new ProblemStore.BuiltValidator(language.wireName(), key, artifact.entry()));
    }

    /** The language of the first file (in name order) whose extension one declared language takes. */
    static Optional<Language> languageOf(Map<String, byte[]> files) {
        for (String name : files.keySet().stream().sorted().toList()) {
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1);
            if (ext.isEmpty() || HEADERS.contains(ext)) {
                continue;
            }
            for (Language l : Language.values()) {
                if (l.profile().extensions().contains(ext)) {
                    return Optional.of(l);
                }
            }
        }
        return Optional.empty();
    }
}
