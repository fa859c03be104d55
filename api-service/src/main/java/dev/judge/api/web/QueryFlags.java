package dev.judge.api.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Query parameters read from the query string alone: asking the servlet for parameters would
 * swallow a form-encoded body, which is how {@code curl -d} sends JSON.
 */
public final class QueryFlags {

    private QueryFlags() {
    }

    public static Optional<String> get(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    public static boolean flag(HttpServletRequest request, String name) {
        return get(request, name).map(v -> v.isEmpty() || v.equalsIgnoreCase("true") || v.equals("1")).orElse(false);
    }
}
