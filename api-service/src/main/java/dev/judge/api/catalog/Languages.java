package dev.judge.api.catalog;

import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The languages the API offers: Judge0 CE's ids, the versions compile-service found installed
 * (it announces them in Redis, hash {@code toolchains}), and the pipeline's limits.
 */
public final class Languages {

    /** One language as Judge0 numbers and names it. */
    public record Judge0Language(int id, Language language, String product, String sourceFile, String compileCmd,
            String runCmd) {
    }

    public static final List<Judge0Language> JUDGE0 = List.of(
            new Judge0Language(50, Language.C, "C (GCC %s)", "main.c", "/usr/bin/gcc -O2 -std=gnu17 -o prog main.c %s -lm", "/box/prog"),
            new Judge0Language(54, Language.CPP, "C++ (GCC %s)", "main.cpp", "/usr/bin/g++ -O2 -std=gnu++20 -o prog main.cpp %s", "/box/prog"),
            new Judge0Language(62, Language.JAVA, "Java (OpenJDK %s)", "Main.java", "javac %s Main.java", "java Main"),
            new Judge0Language(63, Language.JAVASCRIPT, "JavaScript (Node.js %s)", "main.js", "node --check main.js", "node main.js"),
            new Judge0Language(71, Language.PYTHON, "Python (%s)", "main.py", "python3 (syntax check)", "/usr/bin/python3 main.py"));

    private final Function<Language, Optional<String>> installedVersion;
    private final LanguageCatalog catalog;

    /** @param installedVersion the installed toolchain's version, once compile-service announced it */
    public Languages(Function<Language, Optional<String>> installedVersion, LanguageCatalog catalog) {
        this.installedVersion = installedVersion;
        this.catalog = catalog;
    }

    public Optional<Judge0Language> byJudge0Id(int id) {
        return JUDGE0.stream().filter(l -> l.id() == id).findFirst();
    }

    public Judge0Language judge0(Language language) {
        return JUDGE0.stream().filter(l -> l.language() == language).findFirst().orElseThrow();
    }

    /** The installed version, e.g. {@code 12.2.0}, or "unknown" until compile-service announced it. */
    public String version(Language language) {
        return installedVersion.apply(language).orElse("unknown");
    }

    public String judge0Name(Judge0Language l) {
        return l.product().formatted(version(l.language()));
    }

    public LanguageCatalog catalog() {
        return catalog;
    }

    public List<Map<String, Object>> nativeCatalogue() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Language l : Language.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("language", l.wireName());
            entry.put("version", version(l));
            entry.put("judge0Id", judge0(l).id());
            entry.put("defaults", catalog.entry(l).defaults());
            entry.put("caps", catalog.entry(l).caps());
            out.add(entry);
        }
        return out;
    }
}
