package dev.judge.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/** The variables every box gets (nothing else is inherited), and a language's additions to them. */
public final class BoxEnvironment {

    /** A search path of the system's directories, the box as home, UTF-8. */
    public static final Map<String, String> DEFAULT = Map.of("PATH", "/usr/bin:/bin", "HOME", "/box", "LANG", "C.UTF-8");

    private BoxEnvironment() {
    }

    /** The defaults with {@code extra} added (an extra variable replaces a default of the same name). */
    public static Map<String, String> with(Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>(DEFAULT);
        env.putAll(extra);
        return env;
    }
}
