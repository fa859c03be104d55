package dev.judge.model;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks on a submission's program: a {@code source}, or {@code files} of several (or both: the
 * source is then the entry file, written under the language's file name, and the files sit beside
 * it). Names are plain file names, unique, never hidden and never a name the box itself uses; the
 * program is at most {@link SubmissionValidator#MAX_SOURCE_BYTES} in all; {@code entry} names one of
 * its files.
 */
final class ProgramFiles {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,99}");
    /** Names the box uses for a run's input and outputs. */
    private static final Set<String> RESERVED = Set.of("input.txt", "judge.stdout", "judge.stderr");

    private ProgramFiles() {
    }

    /** The files beside (or instead of) the source, by name, in their order; problems are added, naming the field. */
    static Map<String, byte[]> check(Submission s, Language language, List<Problem> problems) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        boolean noSource = s.source() == null || s.source().isEmpty();
        boolean noFiles = s.files() == null || s.files().isEmpty();
        if (noSource && noFiles) {
            problems.add(new Problem("source", "is required (or give the program as files)"));
            return files;
        }
        long total = noSource ? 0 : s.source().getBytes(StandardCharsets.UTF_8).length;
        if (!noFiles && s.files().size() > SubmissionValidator.MAX_FILES) {
            problems.add(new Problem("files", "at most " + SubmissionValidator.MAX_FILES + " files, got " + s.files().size()));
            return files;
        }
        for (int i = 0; !noFiles && i < s.files().size(); i++) {
            String field = "files[" + i + "]";
            Submission.SourceFile f = s.files().get(i);
            if (f == null || f.name() == null) {
                problems.add(new Problem(field + ".name", "is required"));
                continue;
            }
            if (!NAME.matcher(f.name()).matches() || f.name().contains("..")) {
                problems.add(new Problem(field + ".name", "'" + shorten(f.name()) + "' is not a plain file name "
                        + "(letters, digits, _ . + -, not starting with a dot, no folders)"));
                continue;
            }
            if (RESERVED.contains(f.name()) || (!noSource && language != null && f.name().equals(language.profile().source()))) {
                problems.add(new Problem(field + ".name", "'" + f.name() + "' is a name the judge uses"
                        + (RESERVED.contains(f.name()) ? "" : " for the source") + "; choose another"));
                continue;
            }
            if ((f.content() == null) == (f.contentBase64() == null)) {
                problems.add(new Problem(field, "give exactly one of content and contentBase64"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = f.bytes();
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field + ".contentBase64", "is not valid base64"));
                continue;
            }
            if (files.put(f.name(), bytes) != null) {
                problems.add(new Problem(field + ".name", "'" + f.name() + "' is given twice"));
            }
            total += bytes.length;
        }
        if (total > SubmissionValidator.MAX_SOURCE_BYTES) {
            problems.add(new Problem(noFiles ? "source" : "files", "the program is larger than "
                    + SubmissionValidator.MAX_SOURCE_BYTES / 1024 + " KiB"));
        }
        if (s.entry() != null && !files.containsKey(s.entry())
                && (noSource || language == null || !s.entry().equals(language.profile().source()))) {
            problems.add(new Problem("entry", "'" + shorten(s.entry()) + "' is not one of the program's files"));
        }
        return files;
    }

    private static String shorten(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}
