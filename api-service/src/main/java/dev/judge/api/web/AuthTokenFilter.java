package dev.judge.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** Judge0's optional authentication: with tokens configured, every request needs {@code X-Auth-Token}. */
public final class AuthTokenFilter extends OncePerRequestFilter {

    private final List<byte[]> tokens;

    public AuthTokenFilter(List<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Compares in constant time, and against every token, so timing tells nothing about them. */
    private boolean accepted(String token) {
        if (token == null) {
            return false;
        }
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] t : tokens) {
            match |= MessageDigest.isEqual(t, given);
        }
        return match;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("X-Auth-Token");
        if (tokens.isEmpty() || accepted(token)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(401);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"authentication failed: a valid X-Auth-Token header is required\"}");
    }
}
