package dev.judge.problems;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The specification's time-limit inference: the smallest multiple of {@code time_resolution} that is
 * at least the slowest accepted run times {@code ac_to_time_limit}, and at most the fastest too-slow
 * run divided by {@code time_limit_to_tle}.
 */
public final class TimeLimits {

    private TimeLimits() {
    }

    /**
     * The inferred limit, or empty when no multiple fits between the two bounds.
     *
     * @param slowestAcceptedSec the slowest run of a submission that must not time out
     * @param fastestTooSlowSec the fastest of the runs that must time out; empty when there are none
     */
    public static OptionalDouble infer(double slowestAcceptedSec, OptionalDouble fastestTooSlowSec,
            TimeMultipliers multipliers, double resolution) {
        double lower = slowestAcceptedSec * multipliers.acToTimeLimit();
        double steps = Math.max(1, Math.ceil(lower / resolution - 1e-9));
        double limit = steps * resolution;
        if (fastestTooSlowSec.isPresent() && limit * multipliers.timeLimitToTle() > fastestTooSlowSec.getAsDouble()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(limit);
    }

    /** The inferred limit as a {@link TimeLimit} of source {@link TimeLimit.Source#COMPUTED}. */
    public static Optional<TimeLimit> computed(double slowestAcceptedSec, OptionalDouble fastestTooSlowSec,
            Limits limits) {
        OptionalDouble limit = infer(slowestAcceptedSec, fastestTooSlowSec, limits.timeMultipliers(),
                limits.timeResolution());
        return limit.isPresent() ? Optional.of(new TimeLimit(limit.getAsDouble(), TimeLimit.Source.COMPUTED))
                : Optional.empty();
    }
}
