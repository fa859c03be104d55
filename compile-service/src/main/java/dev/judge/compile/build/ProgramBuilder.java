package dev.judge.compile.build;

import dev.judge.model.Language;
import dev.judge.model.ValidSubmission;
import dev.judge.state.Toolchains;

/** Builds programs: what the compile stage needs of a compiler, so its logic can be tested on its own. */
public interface ProgramBuilder {

    /**
     * The language's toolchain; its version is part of every artifact key.
     *
     * @throws ToolchainUnavailableException when the toolchain cannot be run
     */
    Toolchains.Installed toolchain(Language language) throws InterruptedException;

    /** Compiles (or checks) the submission; a failure is a result, never an exception. */
    BuildResult build(ValidSubmission submission) throws InterruptedException;
}
