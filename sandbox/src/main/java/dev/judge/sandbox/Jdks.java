package dev.judge.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the newest JDK installed under {@code /usr/lib/jvm} (by the {@code JAVA_VERSION} of its
 * {@code release} file), for judging Java. {@code -Djudge.java.home} overrides it.
 */
public final class Jdks {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private Jdks() {
    }

    public static String newestHome() {
        String configured = System.getProperty("judge.java.home");
        if (configured != null) {
            return configured;
        }
        return newestUnder(Path.of("/usr/lib/jvm")).map(Path::toString).orElse("/usr/lib/jvm/default-java");
    }

    static Optional<Path> newestUnder(Path root) {
        try (Stream<Path> homes = Files.list(root)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/javac")) && !Files.isSymbolicLink(h))
                    .max(Comparator.comparingLong(Jdks::version));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JDK's feature release (17, 25, ...), 0 when its {@code release} file does not say. */
    public static int feature(String home) {
        return (int) (version(Path.of(home)) / 1_000_000);
    }

    private static long version(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            if (!m.find()) {
                return 0;
            }
            long v = 0;
            for (int i = 1; i <= 3; i++) {
                v = v * 1000 + (m.group(i) == null ? 0 : Long.parseLong(m.group(i)));
            }
            return v;
        } catch (IOException e) {
            return 0;
        }
    }
}
