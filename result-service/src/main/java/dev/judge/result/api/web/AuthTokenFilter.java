package dev.judge.result.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/** Judge0's optional authentication: with tokens configured, every request needs {@code X-Auth-Token}. */
public final class AuthTokenFilter extends OncePerRequestFilter {

    private final List<String> tokens;

    public AuthTokenFilter(List<String> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = request.getHeader("X-Auth-Token");
        if (tokens.isEmpty() || token != null && tokens.contains(token)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(401);
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"authentication failed: a valid X-Auth-Token header is required\"}");
    }
}
