package dev.judge.compile.build;

import dev.judge.model.Language;
import dev.judge.sandbox.Limits;
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

    /**
     * The limits a language's profile declares for one compilation; what it leaves out: 10 s CPU,
     * a wall time of twice that, 512 MiB, 64 processes, 128 MiB of output. A language without a
     * compile step gets these for its version check.
     */
    public static Limits declared(Language language) {
        var compile = language.profile().compile();
        var l = compile != null ? compile.limits()
                : new dev.judge.model.languages.LanguageProfile.Limits(null, null, null, null, null, null);
        double cpu = l.cpuSec() != null ? l.cpuSec() : 10;
        return new Limits(cpu, 0, l.wallSec() != null ? l.wallSec() : 2 * cpu, l.memoryKb() != null ? l.memoryKb() : 524_288,
                0, 0, l.processes() != null ? l.processes() : 64, l.outputKb() != null ? l.outputKb() : 131_072, 256);
    }

    /** The same limits for every language. */
    public static CompileLimits uniform(Limits limits) {
        Map<Language, Limits> map = new java.util.HashMap<>();
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
        return switch (r.outcome()) {
            case TIME_LIMIT -> exceededTime(language, limits, r.cpuTimeSec() >= limits.cpuTimeSec() && limits.cpuTimeSec() > 0);
            case MEMORY_LIMIT -> message(language, "its memory limit (" + limits.memoryKb() / 1024 + " MiB");
            case OUTPUT_LIMIT -> message(language, "its output size limit (" + limits.outputKb() / 1024 + " MiB");
            default -> null;
        };
    }

    /** The message of a compile stopped at its CPU ({@code cpu}) or wall time limit. */
    public static String exceededTime(Language language, Limits limits, boolean cpu) {
        return message(language, cpu ? "its CPU time limit (" + seconds(limits.cpuTimeSec())
                : "its wall time limit (" + seconds(limits.wallTimeSec()));
    }

    private static String message(Language language, String which) {
        return "compilation exceeded " + which + " for " + language.wireName() + ")";
    }

    private static String seconds(double s) {
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%s", s)) + " s";
    }
}
