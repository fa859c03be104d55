package dev.judge.model;

import dev.judge.model.languages.LanguageProfile;
import java.util.HashMap;
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
     * Every declared language's limits, from its profile's {@code run.defaults} and {@code run.caps};
     * what a profile leaves out is the engine's: 0.5 s extra CPU time (2 s at most), a wall time of
     * twice the CPU time plus one second, a 64 MiB stack (256 MiB at most), 1 MiB of output (64 MiB
     * at most) and 64 processes at most.
     */
    public static LanguageCatalog defaults() {
        Map<Language, Entry> map = new HashMap<>();
        for (Language language : Language.values()) {
            LanguageProfile.Run run = language.profile().run();
            map.put(language, new Entry(limits(run.defaults(), 0.5, 65_536, 1, 1_024),
                    limits(run.caps(), 2, 262_144, 64, 65_536)));
        }
        return new LanguageCatalog(map);
    }

    private static RunLimits limits(LanguageProfile.Limits l, double extra, long stack, int processes, long output) {
        double cpu = l.cpuSec() != null ? l.cpuSec() : 2;
        return new RunLimits(cpu, extra, l.wallSec() != null ? l.wallSec() : 2 * cpu + 1,
                l.memoryKb() != null ? l.memoryKb() : 262_144, l.stackKb() != null ? l.stackKb() : stack,
                l.processes() != null ? l.processes() : processes, l.outputKb() != null ? l.outputKb() : output);
    }
}
