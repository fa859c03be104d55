package dev.judge.api.nativeapi;

import dev.judge.api.ApiProperties;
import dev.judge.api.submit.SubmissionRejectedException;
import dev.judge.model.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The native API's errors: a status that says what kind, and a body that names the field. */
@RestControllerAdvice(basePackageClasses = NativeErrors.class)
class NativeErrors {

    private final int retryAfterSeconds;

    NativeErrors(ApiProperties props) {
        this.retryAfterSeconds = props.retryAfterSeconds();
    }

    @ExceptionHandler(SubmissionRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(SubmissionRejectedException e) {
        HttpStatus status = switch (e.reason()) {
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case OVERLOADED -> HttpStatus.SERVICE_UNAVAILABLE;
            case NOT_JSON -> HttpStatus.BAD_REQUEST;
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage());
        body.put("problems", e.problems().stream().map(Problem::toString).toList());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (e.reason() == SubmissionRejectedException.Reason.OVERLOADED) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        return response.body(body);
    }
}
