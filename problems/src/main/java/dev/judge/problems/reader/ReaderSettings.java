package dev.judge.problems.reader;

/**
 * Limits and defaults for reading packages.
 *
 * @param maxTotalBytes the most bytes all the package's files may hold, counted as read (not as declared)
 * @param maxFiles the most entries a package may have
 * @param maxYamlBytes the most bytes one YAML file may have
 * @param defaultTimeLimitSec the time limit when the package gives none
 */
public record ReaderSettings(long maxTotalBytes, int maxFiles, int maxYamlBytes, double defaultTimeLimitSec) {

    /** 2 GiB, 100,000 files, 1 MiB of YAML, 1 second. */
    public static final ReaderSettings DEFAULT = new ReaderSettings(2L << 30, 100_000, 1 << 20, 1.0);

    public ReaderSettings {
        if (maxTotalBytes <= 0 || maxFiles <= 0 || maxYamlBytes <= 0 || !(defaultTimeLimitSec > 0)) {
            throw new IllegalArgumentException("reader limits must be positive");
        }
    }
}
