package dev.judge.problems;

/**
 * The safety margins around the time limit, relative to the example submissions' run times.
 *
 * @param acToTimeLimit the limit is at least the slowest accepted submission's time times this
 *     (legacy {@code time_multiplier}, default 5; later {@code ac_to_time_limit}, default 2)
 * @param timeLimitToTle a too-slow submission takes at least the limit times this
 *     (legacy {@code time_safety_margin}, default 2; later {@code time_limit_to_tle}, default 1.5)
 */
public record TimeMultipliers(double acToTimeLimit, double timeLimitToTle) {

    public static final TimeMultipliers LEGACY_DEFAULT = new TimeMultipliers(5.0, 2.0);
    public static final TimeMultipliers DEFAULT = new TimeMultipliers(2.0, 1.5);

    public TimeMultipliers {
        if (!(acToTimeLimit >= 1) || !(timeLimitToTle >= 1)) {
            throw new IllegalArgumentException("time multipliers must be at least 1: " + acToTimeLimit + ", "
                    + timeLimitToTle);
        }
    }
}
