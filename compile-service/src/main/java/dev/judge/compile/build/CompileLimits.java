package dev.judge.compile.build;

import dev.judge.model.Language;
import dev.judge.sandbox.Limits;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Limits of one compilation, per language: a C++ template library needs more than a Python syntax check. */
public record CompileLimits(Map<Language, Limits> byLanguage) {

    public CompileLimits {
        byLanguage = Map.copyOf(byLanguage);
        for (Language language : Language.values()) {
            if (!byLanguage.containsKey(language)) {
                throw new IllegalArgumentException("no compile limits for " + language.wireName());
            }
        }
    }

    /** The same limits for every language. */
    public static CompileLimits uniform(Limits limits) {
        Map<Language, Limits> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            map.put(language, limits);
        }
        return new CompileLimits(map);
    }

    public Limits of(Language language) {
        return byLanguage.get(language);
    }

    /** Which limit a compilation that ended this way ran into, with its value, for the verdict's message. */
    static String exceeded(Language language, Limits limits, dev.judge.sandbox.RunResult r) {
        String which = switch (r.outcome()) {
            case TIME_LIMIT -> r.cpuTimeSec() >= limits.cpuTimeSec() && limits.cpuTimeSec() > 0
                    ? "its CPU time limit (" + seconds(limits.cpuTimeSec())
                    : "its wall time limit (" + seconds(limits.wallTimeSec());
            case MEMORY_LIMIT -> "its memory limit (" + limits.memoryKb() / 1024 + " MiB";
            case OUTPUT_LIMIT -> "its output size limit (" + limits.outputKb() / 1024 + " MiB";
            default -> null;
        };
        return which == null ? null : "compilation exceeded " + which + " for " + language.wireName() + ")";
    }

    /** The message of a compile the warm Java server stopped at its CPU ({@code cpu}) or wall limit. */
    public static String exceededBy(Language language, Limits limits, boolean cpu) {
        return "compilation exceeded " + (cpu ? "its CPU time limit (" + seconds(limits.cpuTimeSec())
                : "its wall time limit (" + seconds(limits.wallTimeSec())) + " for " + language.wireName() + ")";
    }

    private static String seconds(double s) {
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%s", s)) + " s";
    }
}
