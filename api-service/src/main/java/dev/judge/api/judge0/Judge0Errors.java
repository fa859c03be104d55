package dev.judge.api.judge0;

import dev.judge.api.ApiProperties;
import dev.judge.api.submit.SubmissionRejectedException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Judge0's error shapes: 422 {@code {"field": ["message"]}}, 400 for a body that is not JSON, 413, 503. */
@RestControllerAdvice(basePackageClasses = Judge0Errors.class)
class Judge0Errors {

    private final int retryAfterSeconds;

    Judge0Errors(ApiProperties props) {
        this.retryAfterSeconds = props.retryAfterSeconds();
    }

    @ExceptionHandler(Judge0ValidationException.class)
    ResponseEntity<Map<String, List<String>>> invalid(Judge0ValidationException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(e.errors());
    }

    @ExceptionHandler(SubmissionRejectedException.class)
    ResponseEntity<Object> rejected(SubmissionRejectedException e) {
        return switch (e.reason()) {
            case INVALID, CONFLICT -> ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Judge0Fields.fromNative(e.problems()));
            case NOT_JSON -> ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
            case TOO_LARGE -> ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(Map.of("error", e.getMessage()));
            case OVERLOADED -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds))
                    .body(Map.of("error", "queue is full: " + e.getMessage()));
        };
    }
}
