package dev.judge.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.judge.api.submit.SubmissionRejectedException;
import dev.judge.api.submit.SubmissionRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Request bodies: at most so many bytes (413 above), JSON or a NOT_JSON rejection. */
class BodiesTest {

    private static MockHttpServletRequest withBody(String body) {
        var request = new MockHttpServletRequest("POST", "/submissions");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    /** A request that does not say its length (chunked), so only reading can tell its size. */
    private static MockHttpServletRequest chunked(String body) {
        var request = new MockHttpServletRequest("POST", "/submissions") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static Reason reasonOf(Throwable e) {
        return ((SubmissionRejectedException) e).reason();
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws Exception {
        assertThat(Bodies.read(withBody("12345"), 5)).asString(StandardCharsets.UTF_8).isEqualTo("12345");
        assertThat(Bodies.read(chunked("12345"), 5)).asString(StandardCharsets.UTF_8).isEqualTo("12345");
        assertThat(Bodies.read(withBody(""), 5)).isEmpty();
    }

    @Test
    void aBodyDeclaredOrFoundLargerThanTheLimitIsTooLarge() {
        assertThatThrownBy(() -> Bodies.read(withBody("123456"), 5))
                .isInstanceOf(SubmissionRejectedException.class)
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.TOO_LARGE))
                .hasMessage("body: larger than 5 bytes");
        assertThatThrownBy(() -> Bodies.read(chunked("123456"), 5))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void jsonIsParsed() throws Exception {
        assertThat(Bodies.readJson(withBody("{\"a\": [1, 2]}"), 100).get("a").size()).isEqualTo(2);
    }

    @Test
    void anEmptyBodyOrOneThatIsNotJsonIsNotJson() {
        assertThatThrownBy(() -> Bodies.readJson(withBody(""), 100))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_JSON))
                .hasMessage("body: is empty");
        assertThatThrownBy(() -> Bodies.readJson(withBody("{\"a\": "), 100))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.NOT_JSON))
                .hasMessageStartingWith("body: not JSON: ");
    }

    @Test
    void theSizeIsCheckedBeforeTheJson() {
        assertThatThrownBy(() -> Bodies.readJson(withBody("not json at all"), 5))
                .satisfies(e -> assertThat(reasonOf(e)).isEqualTo(Reason.TOO_LARGE));
    }
}
