package dev.judge.api.live;

import dev.judge.api.ApiProperties;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Both APIs' answer to too many waiting requests: 429 for this client, 503 for the service, with the reason. */
@RestControllerAdvice
class AdmissionErrors {

    private final int retryAfterSeconds;

    AdmissionErrors(ApiProperties props) {
        this.retryAfterSeconds = props.retryAfterSeconds();
    }

    @ExceptionHandler(Admission.LimitExceededException.class)
    ResponseEntity<Map<String, Object>> tooMany(Admission.LimitExceededException e) {
        return e.answer(retryAfterSeconds).body(Map.of("error", e.getMessage()));
    }
}
