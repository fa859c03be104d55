package dev.judge.compile.problem;

import dev.judge.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A validator the package builds and starts with scripts of its own (the specification's {@code build}
 * and {@code run}): judged as a "multi-file" program (the language of Judge0's id 89), whose compile step
 * runs {@code build} in the box (which may write {@code run}), then keeps the validator's {@code run} as
 * {@code validator-run} behind a bash {@code run} that starts it, so its own interpreter line decides how
 * it runs (a script without one runs in bash). Everything runs in the sandbox with the compile and the
 * validation limits.
 */
final class ScriptedValidator {

    /** The language such a validator is built and run as. */
    static final Language LANGUAGE = Language.fromWireName("multi-file").orElseThrow();

    static final String BUILD = "build";
    static final String RUN = "run";
    private static final String COMPILE = "compile";
    private static final String STARTED = "validator-run";

    private static final String COMPILE_SCRIPT = """
            # Written by the judge: the package's build script, then its run script kept as validator-run.
            # The scripts are copied first: the box's user may not own (or mark executable) the files as given.
            if [ -f ./build ]; then
              cat ./build > ./.build && chmod u+x ./.build || exit 1
              ./.build || { echo "the validator's build script failed (exit $?)" >&2; exit 1; }
              rm -f ./.build
            fi
            if [ ! -f ./run ]; then echo "the validator has no run script (none in the package, none written by build)" >&2; exit 1; fi
            cat ./run > ./validator-run && chmod u+x ./validator-run && rm -f ./run || exit 1
            printf '%s\\n' 'exec "$(dirname "$0")/validator-run" "$@"' > ./run
            """;

    private ScriptedValidator() {
    }

    /** Whether the validator's files include a build or run script. */
    static boolean isScripted(Map<String, byte[]> files) {
        return files.containsKey(BUILD) || files.containsKey(RUN);
    }

    /**
     * The files to build as a multi-file program: the validator's own, and the compile script that runs
     * its build; empty when a file of its own is already named like that script.
     */
    static Optional<Map<String, byte[]>> program(Map<String, byte[]> files) {
        if (files.containsKey(COMPILE) || files.containsKey(STARTED)) {
            return Optional.empty();
        }
        Map<String, byte[]> program = new LinkedHashMap<>(files);
        program.put(COMPILE, COMPILE_SCRIPT.getBytes(StandardCharsets.UTF_8));
        return Optional.of(program);
    }
}
