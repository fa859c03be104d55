package dev.judge.run.schedule;

import dev.judge.model.Language;
import java.util.Map;

/**
 * How many tests of each language one instance runs at once: the design's caps (Java 8, C and
 * C++ 20, Python and JavaScript 15, configurable), never more than the instance's boxes, and
 * halved for every step of memory back-off (never below one).
 */
public record ConcurrencyLimits(Map<Language, Integer> caps, int boxes) {

    public ConcurrencyLimits {
        caps = Map.copyOf(caps);
        for (Language language : Language.values()) {
            Integer cap = caps.get(language);
            if (cap == null || cap < 1) {
                throw new IllegalArgumentException("concurrency cap of " + language.wireName() + " must be at least 1, got " + cap);
            }
        }
        if (boxes < 1) {
            throw new IllegalArgumentException("boxes must be at least 1");
        }
    }

    /** The design's caps: each profile's {@code run.concurrency}. */
    public static ConcurrencyLimits design(int boxes) {
        Map<Language, Integer> caps = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            caps.put(language, language.profile().run().concurrency());
        }
        return new ConcurrencyLimits(caps, boxes);
    }

    /** The language's limit after {@code halvings} steps of memory back-off. */
    public int limit(Language language, int halvings) {
        int base = Math.min(caps.get(language), boxes);
        return Math.max(1, base >> Math.min(halvings, 30));
    }
}
