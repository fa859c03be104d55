package dev.judge.api.judge0;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Invalid Judge0 fields: answered with 422 and Judge0's shape, {@code {"field": ["message"]}}. */
class Judge0ValidationException extends RuntimeException {

    private final Map<String, List<String>> errors;

    Judge0ValidationException(Map<String, List<String>> errors) {
        super(errors.toString());
        this.errors = new LinkedHashMap<>(errors);
    }

    Map<String, List<String>> errors() {
        return errors;
    }
}
