package dev.judge.api.catalog;

import dev.judge.model.Language;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.languages.LanguageProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The languages the API offers: every declared profile whose toolchain compile-service found
 * installed (it announces each in Redis, hash {@code toolchains}, with its version), with Judge0
 * CE's ids and the pipeline's limits. A declared language that no compile-service announced is
 * not offered.
 */
public final class Languages {

    /** One language as Judge0 numbers it. */
    public record Judge0Language(int id, Language language) {

        /** The file Judge0 clients see the source written to. */
        public String sourceFile() {
            return language.profile().source();
        }

        public String compileCmd() {
            LanguageProfile.Compile c = language.profile().compile();
            return c == null ? null : shown(c.command(), language.profile());
        }

        public String runCmd() {
            return shown(language.profile().run().command(), language.profile());
        }
    }

    private final Function<Language, Optional<String>> installedVersion;
    private final LanguageCatalog catalog;

    /** @param installedVersion the installed toolchain's version, once compile-service announced it */
    public Languages(Function<Language, Optional<String>> installedVersion, LanguageCatalog catalog) {
        this.installedVersion = installedVersion;
        this.catalog = catalog;
    }

    /** The declared language Judge0 knows by this id, installed or not (for views of past submissions). */
    public Optional<Judge0Language> byJudge0Id(int id) {
        return Language.fromJudge0Id(id).map(l -> new Judge0Language(id, l));
    }

    /** The language with this Judge0 id, if its toolchain is installed. */
    public Optional<Judge0Language> installedByJudge0Id(int id) {
        return byJudge0Id(id).filter(l -> installed(l.language()));
    }

    /** Judge0's ids of every installed language, in order of id. */
    public List<Judge0Language> judge0Installed() {
        List<Judge0Language> out = new ArrayList<>();
        for (Language l : installed()) {
            if (l.profile().judge0() != null) {
                l.profile().judge0().ids().forEach(id -> out.add(new Judge0Language(id, l)));
            }
        }
        out.sort(Comparator.comparingInt(Judge0Language::id));
        return out;
    }

    /** The first Judge0 id of a language, or null when Judge0 has none. */
    public Integer judge0Id(Language language) {
        return language.profile().judge0() == null ? null : language.profile().judge0().ids().get(0);
    }

    public boolean installed(Language language) {
        return installedVersion.apply(language).isPresent();
    }

    /** The installed languages, in the catalogue's order. */
    public List<Language> installed() {
        return Arrays.stream(Language.values()).filter(this::installed).toList();
    }

    /** The installed version, e.g. {@code 12.2.0}, or "unknown" until compile-service announced it. */
    public String version(Language language) {
        return installedVersion.apply(language).orElse("unknown");
    }

    public String judge0Name(Judge0Language l) {
        return l.language().profile().judge0().name().replace("{version}", version(l.language()));
    }

    public LanguageCatalog catalog() {
        return catalog;
    }

    /** GET /api/v1/languages: every installed language with what clients need to submit to it. */
    public List<Map<String, Object>> nativeCatalogue() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Language l : installed()) {
            LanguageProfile p = l.profile();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("language", l.wireName());
            entry.put("name", l.wireName());
            entry.put("displayName", p.displayName());
            entry.put("aliases", p.aliases());
            entry.put("version", version(l));
            entry.put("toolchain", Map.of("product", p.toolchain().product(), "version", version(l)));
            entry.put("extensions", p.extensions());
            entry.put("judge0Id", judge0Id(l));
            entry.put("judge0Ids", p.judge0() == null ? List.of() : p.judge0().ids());
            entry.put("sourceFile", p.source());
            entry.put("compileCommand", p.compile() == null ? null : shown(p.compile().command(), p));
            entry.put("compileIsCheckOnly", p.compile() != null && p.compile().checkOnly());
            entry.put("runCommand", shown(p.run().command(), p));
            entry.put("defaults", catalog.entry(l).defaults());
            entry.put("caps", catalog.entry(l).caps());
            entry.put("notes", p.notes());
            out.add(entry);
        }
        return out;
    }

    /** A profile's command as a client reads it: the placeholders left in braces, the entry filled in. */
    private static String shown(List<String> command, LanguageProfile p) {
        return String.join(" ", command).replace("{entry}", p.source()).replace("{sources}", p.source());
    }
}
