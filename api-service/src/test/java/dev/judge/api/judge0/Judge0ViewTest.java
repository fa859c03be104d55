package dev.judge.api.judge0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields a Judge0 GET shows (the parts of the view that need no stored submission). */
class Judge0ViewTest {

    @Test
    void noFieldsAskedForAreJudge0sEightDefaults() {
        assertThat(Judge0View.fields(null)).containsExactly("stdout", "time", "memory", "stderr", "token",
                "compile_output", "message", "status");
        assertThat(Judge0View.fields(" ")).isEqualTo(Judge0View.DEFAULT_FIELDS);
    }

    @Test
    void aStarIsEveryField() {
        assertThat(Judge0View.fields(" * ")).isEqualTo(Judge0View.ALL_FIELDS).contains("source_code", "status_id",
                "wall_time", "additional_files", "language");
    }

    @Test
    void theFieldsAskedForComeInTheOrderAsked() {
        assertThat(Judge0View.fields("status, stdout,,token")).containsExactly("status", "stdout", "token");
    }

    @Test
    void unknownFieldsAreNamedUnderFields() {
        assertThatThrownBy(() -> Judge0View.fields("stdout,secret,passwd"))
                .isInstanceOfSatisfying(Judge0ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(java.util.Map.entry("fields", List.of("unknown fields: secret, passwd"))));
    }
}
