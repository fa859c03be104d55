package dev.judge.compile.build;

import dev.judge.model.Artifact;
import dev.judge.model.Status;

/** What building a program gave: an artifact, or a failure with bounded compiler output. */
public sealed interface BuildResult {

    long compileMs();

    record Built(Artifact artifact, long compileMs) implements BuildResult {
    }

    /** {@code status} is COMPILATION_ERROR for the program's fault, INTERNAL_ERROR for ours. */
    record Failed(Status status, String compileOutput, String message, long compileMs) implements BuildResult {
    }
}
