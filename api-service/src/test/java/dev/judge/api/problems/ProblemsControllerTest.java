package dev.judge.api.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A problem package's upload refused before anything is sent: the id, the content type and the
 * emptiness are checked first, so the controller is built without a broker or Redis.
 */
class ProblemsControllerTest {

    private final ProblemsController controller = new ProblemsController(null, null, null, null, null, null);

    private static MockHttpServletRequest upload(String contentType, byte[] body) {
        var request = new MockHttpServletRequest("PUT", "/api/v1/problems/p");
        request.setContentType(contentType);
        request.setContent(body);
        return request;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> problems(ResponseEntity<Object> response) {
        return (List<Map<String, Object>>) ((Map<String, Object>) response.getBody()).get("problems");
    }

    @Test
    void anIdOutsideTheAlphabetOrTooLongIsRefused() throws Exception {
        for (String id : List.of("a/b", "a b", "é", "", "x".repeat(65))) {
            ResponseEntity<Object> r = controller.put(id, upload("application/zip", new byte[] {1}));
            assertThat(r.getStatusCode()).as(id).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
            assertThat(problems(r)).as(id).containsExactly(Map.of("file", "problemId",
                    "message", "must be 1-64 characters of [A-Za-z0-9_-]"));
        }
    }

    @Test
    void onlyAZipBodyIsTaken() throws Exception {
        ResponseEntity<Object> json = controller.put("aplusb", upload("application/json", new byte[] {1}));
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(problems(json)).singleElement().extracting(p -> p.get("message"))
                .isEqualTo("must be application/zip (the package zip as the body), got 'application/json'");
        ResponseEntity<Object> none = controller.put("aplusb", upload(null, new byte[] {1}));
        assertThat(problems(none)).singleElement().extracting(p -> p.get("message")).asString().endsWith("got none");
    }

    @Test
    void anEmptyPackageIsRefused() throws Exception {
        ResponseEntity<Object> r = controller.put("aplusb", upload("application/octet-stream", new byte[0]));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(r)).containsExactly(Map.of("file", "body", "message", "is empty: send the package zip"));
    }
}
