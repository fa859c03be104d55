package dev.judge.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Per-language default limits and caps. A missing limit takes the default; a limit above the
 * cap is refused (never clamped). The wall limit defaults to twice the CPU limit plus one second.
 */
public record LanguageCatalog(Map<Language, Entry> entries) {

    /** One language's defaults and caps. */
    public record Entry(RunLimits defaults, RunLimits caps) {
    }

    public LanguageCatalog {
        entries = Map.copyOf(entries);
    }

    public Entry entry(Language language) {
        return entries.get(language);
    }

    /**
     * The design's numbers. Caps: Java 8 s / 512 MiB, C and C++ 10 s / 256 MiB, Python and JavaScript
     * 5 s / 128 MiB. Defaults: 2 s CPU everywhere; memory 512 MiB for Java (a JVM), 256 MiB for C
     * and C++, 128 MiB for Python and JavaScript.
     */
    public static LanguageCatalog defaults() {
        Map<Language, Entry> map = new EnumMap<>(Language.class);
        map.put(Language.C, native_(10));
        map.put(Language.CPP, native_(10));
        map.put(Language.JAVA, new Entry(
                new RunLimits(2, 0.5, 5, 524_288, 65_536, 64, 1_024),
                new RunLimits(8, 2, 20, 524_288, 262_144, 256, 65_536)));
        map.put(Language.PYTHON, scripted());
        map.put(Language.JAVASCRIPT, scripted());
        return new LanguageCatalog(map);
    }

    private static Entry native_(double cpuCap) {
        return new Entry(
                new RunLimits(2, 0.5, 5, 262_144, 65_536, 1, 1_024),
                new RunLimits(cpuCap, 2, 2 * cpuCap + 1, 262_144, 262_144, 64, 65_536));
    }

    private static Entry scripted() {
        return new Entry(
                new RunLimits(2, 0.5, 5, 131_072, 65_536, 16, 1_024),
                new RunLimits(5, 2, 11, 131_072, 131_072, 64, 65_536));
    }
}
