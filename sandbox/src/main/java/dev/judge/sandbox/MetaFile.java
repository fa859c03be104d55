package dev.judge.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The launcher's meta file: isolate's {@code key:value} lines. Only the keys are interpreted. */
record MetaFile(Map<String, String> values) {

    static MetaFile read(Path path) throws IOException {
        if (!Files.exists(path)) {
            return new MetaFile(Map.of());
        }
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }

    static MetaFile parse(String text) {
        Map<String, String> values = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                values.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return new MetaFile(Map.copyOf(values));
    }

    String status() {
        return values.get("status");
    }

    double seconds(String key) {
        String v = values.get(key);
        return v == null ? 0 : Double.parseDouble(v);
    }

    Integer integer(String key) {
        String v = values.get(key);
        return v == null ? null : Integer.valueOf(v);
    }

    long kilobytes(String key) {
        String v = values.get(key);
        return v == null ? 0 : Long.parseLong(v);
    }

    boolean flag(String key) {
        return "1".equals(values.get(key));
    }
}
