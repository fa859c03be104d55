package dev.judge.problems.reader;

import dev.judge.model.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which language a submission's file is in, from its name. The engine's rule is {@link #BY_EXTENSION}. */
@FunctionalInterface
public interface LanguageGuesser {

    Optional<Language> guess(String fileName);

    /**
     * The first language in the catalogue's order whose profile lists the file's extension; a language
     * listed earlier wins where two share one ({@code .h}, {@code .py}).
     */
    LanguageGuesser BY_EXTENSION = fileName -> {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(Language.values()).filter(l -> l.profile().extensions().contains(extension)).findFirst();
    };
}
