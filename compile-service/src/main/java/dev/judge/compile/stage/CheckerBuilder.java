package dev.judge.compile.stage;

import dev.judge.model.ValidSubmission;
import dev.judge.model.ValidatorProgram;
import java.time.Duration;

/** Builds a submission's own checker or interactor into the program run-service runs beside its tests. */
@FunctionalInterface
public interface CheckerBuilder {

    /** A stage that cannot build checkers: every submission with one is refused, saying so. */
    CheckerBuilder NONE = (checker, ttl) -> Built.refused("this compile-service does not build checkers");

    /**
     * @param ttl how long its artifact stays (as long as the submission's)
     */
    Built build(ValidSubmission.Checker checker, Duration ttl) throws InterruptedException;

    /** The program, or why there is none (its compiler's output, say). */
    record Built(ValidatorProgram program, String refusal) {
        public static Built refused(String why) {
            return new Built(null, why);
        }
    }
}
