package dev.judge.pipeline;

import dev.judge.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A small HTTP client for the API tests. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        JsonNode json() {
            return Json.mapper().readTree(body);
        }
    }

    private Http() {
    }

    static Response get(String url, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).headers(withDefaults(headers)).GET());
    }

    static Response post(String url, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url)).headers(withDefaults(headers))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A PUT of raw bytes (a package zip) with its content type. */
    static Response put(String url, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static Response delete(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE());
    }

    private static String[] withDefaults(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
