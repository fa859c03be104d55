package dev.judge.pipeline;

import dev.judge.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The test programs every declared language has under {@code src/test/resources/languages/<name>/}:
 * one per {@link Case}, named {@code <case>.<extension>}, and a {@code multi/} folder of several
 * files where several files mean something in the language.
 */
final class LanguagePrograms {

    static final Path ROOT = Path.of("src/test/resources/languages");

    /** What each program does, and the verdict it must get. */
    enum Case {
        AB,                 // A+B: ACCEPTED
        COMPILE_ERROR,      // a syntax or type error: COMPILATION_ERROR (languages with a compile step or check)
        RUNTIME_ERROR,      // exits non-zero or crashes: RUNTIME_ERROR
        TIME_LIMIT,         // spins: TIME_LIMIT_EXCEEDED
        MEMORY_LIMIT,       // touches far more than its limit: MEMORY_LIMIT_EXCEEDED
        READ_ALL,           // sums every integer of stdin, one per line, up to EOF: ACCEPTED
        STDERR;             // A+B that also writes "debug" to stderr: ACCEPTED, stdout unchanged

        String fileStem() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean requiredFor(Language language) {
            return this != COMPILE_ERROR || language.profile().compile() != null;
        }
    }

    private LanguagePrograms() {
    }

    /** The program of a case, if the language has one. */
    static Optional<Path> program(Language language, Case c) {
        Path dir = ROOT.resolve(language.wireName());
        for (String ext : language.profile().extensions()) {
            Path p = dir.resolve(c.fileStem() + "." + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The files of the multi-file program, by name, if the language has one. */
    static Optional<TreeMap<String, String>> multiFile(Language language) {
        Path dir = ROOT.resolve(language.wireName()).resolve("multi");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(files);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a declared language lacks of its tests, as messages naming the file expected. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Language l : Language.values()) {
            for (Case c : Case.values()) {
                if (c.requiredFor(l) && program(l, c).isEmpty()) {
                    missing.add(ROOT.resolve(l.wireName()) + "/" + c.fileStem() + "." + l.profile().extensions().get(0));
                }
            }
        }
        return missing;
    }
}
