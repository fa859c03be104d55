package dev.judge.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.judge.model.languages.LanguageProfile;
import dev.judge.model.languages.LanguageProfiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A language the engine judges: one per declared profile ({@code languages/<name>.yaml}), with its
 * wire name. There is exactly one instance per language, so {@code ==} compares them; the five
 * languages the engine has special paths for (Java's warm start, C++'s precompiled header) are
 * named as constants.
 */
public final class Language implements Comparable<Language> {

    private static final List<Language> ALL;
    private static final Map<String, Language> BY_NAME = new HashMap<>();

    static {
        List<LanguageProfile> profiles = LanguageProfiles.load();
        Language[] all = new Language[profiles.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = new Language(profiles.get(i), i);
            BY_NAME.put(all[i].wireName(), all[i]);
            for (String alias : profiles.get(i).aliases()) {
                BY_NAME.put(alias, all[i]);
            }
        }
        ALL = List.of(all);
    }

    public static final Language C = require("c");
    public static final Language CPP = require("cpp");
    public static final Language JAVA = require("java");
    public static final Language PYTHON = require("python");
    public static final Language JAVASCRIPT = require("javascript");

    private final LanguageProfile profile;
    private final int ordinal;

    private Language(LanguageProfile profile, int ordinal) {
        this.profile = profile;
        this.ordinal = ordinal;
    }

    @JsonValue
    public String wireName() {
        return profile.name();
    }

    /** Its declared profile. */
    public LanguageProfile profile() {
        return profile;
    }

    /** Its place in the catalogue's order, from 0. */
    public int ordinal() {
        return ordinal;
    }

    /** Every declared language, in the catalogue's order (installed or not). */
    public static Language[] values() {
        return ALL.toArray(Language[]::new);
    }

    /** The language with this name or alias. */
    public static Optional<Language> fromWireName(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name));
    }

    /** The language Judge0 CE knows by this id. */
    public static Optional<Language> fromJudge0Id(int id) {
        return ALL.stream().filter(l -> l.profile.judge0() != null && l.profile.judge0().ids().contains(id)).findFirst();
    }

    @JsonCreator
    static Language fromJson(String name) {
        return fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown language '" + name + "'"));
    }

    private static Language require(String name) {
        return fromWireName(name).orElseThrow(() -> new IllegalStateException("no profile languages/" + name + ".yaml"));
    }

    @Override
    public int compareTo(Language other) {
        return Integer.compare(ordinal, other.ordinal);
    }

    @Override
    public String toString() {
        return wireName();
    }
}
