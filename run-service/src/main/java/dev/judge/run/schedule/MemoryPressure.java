package dev.judge.run.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The share of the host's memory in use, 0 to 1; a seam, so tests can inject pressure. */
@FunctionalInterface
public interface MemoryPressure {

    double usedShare();

    /** From {@code /proc/meminfo}: 1 - MemAvailable / MemTotal; 0 when it cannot be read. */
    static MemoryPressure host() {
        return () -> {
            try {
                long total = 0;
                long available = 0;
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) {
                        total = kb(line);
                    } else if (line.startsWith("MemAvailable:")) {
                        available = kb(line);
                    }
                }
                return total == 0 ? 0 : 1 - (double) available / total;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        };
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
