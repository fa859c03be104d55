package dev.judge.result.api.web;

import dev.judge.result.intake.SubmissionRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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

    private static SubmissionRejectedException tooLarge(int maxBytes) {
        return new SubmissionRejectedException(SubmissionRejectedException.Reason.TOO_LARGE,
                List.of("body: larger than " + maxBytes + " bytes"));
    }
}
