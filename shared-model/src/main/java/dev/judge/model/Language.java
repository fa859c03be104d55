package dev.judge.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The languages the engine judges, with their wire names. */
public enum Language {
    C("c"),
    CPP("cpp"),
    JAVA("java"),
    PYTHON("python"),
    JAVASCRIPT("javascript");

    private final String wireName;

    Language(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<Language> fromWireName(String name) {
        return Arrays.stream(values()).filter(l -> l.wireName.equals(name)).findFirst();
    }

    @JsonCreator
    static Language fromJson(String name) {
        return fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown language '" + name + "'"));
    }
}
