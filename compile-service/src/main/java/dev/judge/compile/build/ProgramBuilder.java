package dev.judge.compile.build;

import dev.judge.model.Language;
import dev.judge.model.ValidSubmission;

/** Builds programs: what the compile stage needs of a compiler, so its logic can be tested on its own. */
public interface ProgramBuilder {

    /**
     * The toolchain's version, part of every artifact key.
     *
     * @throws ToolchainUnavailableException when the toolchain cannot be run
     */
    String toolchainVersion(Language language) throws InterruptedException;

    /** Compiles (or checks) the submission; a failure is a result, never an exception. */
    BuildResult build(ValidSubmission submission) throws InterruptedException;
}
