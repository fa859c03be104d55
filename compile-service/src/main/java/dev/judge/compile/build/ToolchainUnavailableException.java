package dev.judge.compile.build;

/** A compiler or runtime that cannot be run in the sandbox: the submission's verdict is INTERNAL_ERROR. */
public final class ToolchainUnavailableException extends RuntimeException {

    public ToolchainUnavailableException(String message) {
        super(message);
    }
}
