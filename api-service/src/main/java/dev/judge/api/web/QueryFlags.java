package dev.judge.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Query parameters read from the query string alone: asking the servlet for parameters would
 * swallow a form-encoded body, which is how {@code curl -d} sends JSON. Parsed by Spring's URI
 * support; a name given twice takes its first value.
 */
public final class QueryFlags {

    private QueryFlags() {
    }

    public static Optional<String> get(HttpServletRequest request, String name) {
        return get(request.getQueryString(), name);
    }

    static Optional<String> get(String query, String name) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        var params = UriComponentsBuilder.newInstance().query(query).build().getQueryParams();
        for (var entry : params.entrySet()) {
            if (decode(entry.getKey()).equals(name)) {
                List<String> values = entry.getValue();
                String first = values.isEmpty() ? null : values.get(0);
                return Optional.of(first == null ? "" : decode(first));
            }
        }
        return Optional.empty();
    }

    private static String decode(String s) {
        return UriUtils.decode(s.replace('+', ' '), StandardCharsets.UTF_8);
    }

    public static boolean flag(HttpServletRequest request, String name) {
        return flag(request.getQueryString(), name);
    }

    static boolean flag(String query, String name) {
        return get(query, name).map(v -> v.isEmpty() || v.equalsIgnoreCase("true") || v.equals("1")).orElse(false);
    }
}
