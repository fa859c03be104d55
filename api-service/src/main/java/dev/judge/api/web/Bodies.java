package dev.judge.api.web;

import dev.judge.model.Json;
import dev.judge.model.Problem;
import dev.judge.api.submit.SubmissionRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads a request body, refusing one above the configured size (HTTP 413). */
public final class Bodies {

    private Bodies() {
    }

    public static byte[] read(HttpServletRequest request, int maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        }
    }

    /** The request body as JSON, at most {@code maxBytes}: empty or not JSON is a NOT_JSON rejection (400). */
    public static JsonNode readJson(HttpServletRequest request, int maxBytes) throws IOException {
        byte[] body = read(request, maxBytes);
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new SubmissionRejectedException(SubmissionRejectedException.Reason.NOT_JSON, List.of(new Problem("body", "is empty")));
            }
            return node;
        } catch (JacksonException e) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.NOT_JSON,
                    List.of(new Problem("body", "not JSON: " + e.getOriginalMessage())));
        }
    }

    private static SubmissionRejectedException tooLarge(int maxBytes) {
        return new SubmissionRejectedException(SubmissionRejectedException.Reason.TOO_LARGE,
                List.of(new Problem("body", "larger than " + maxBytes + " bytes")));
    }
}
