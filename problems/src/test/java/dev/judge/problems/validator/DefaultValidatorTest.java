package dev.judge.problems.validator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.model.Status;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultValidatorTest {

    private static Judgement judge(String answer, String output, String... flags) {
        return new DefaultValidator(ValidatorFlags.parse(List.of(flags)))
                .judge(answer.getBytes(StandardCharsets.UTF_8), output.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void equalTokensAreAcceptedWhateverTheWhitespace() {
        assertThat(judge("1 2\n3\n", "  1\t2 3")).isEqualTo(Judgement.ACCEPTED);
        assertThat(judge("a\r\nb\n", "a\u000bb\f\n\n")).isEqualTo(Judgement.ACCEPTED);
        assertThat(judge("", "\n \n")).isEqualTo(Judgement.ACCEPTED);
    }

    @Test
    void lettersMatchUpToCaseByDefault() {
        assertThat(judge("Yes\n", "YES\n").status()).isEqualTo(Status.ACCEPTED);
        assertThat(judge("Yes\n", "YES\n", "case_sensitive").status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("Yes\n", "Yes\n", "case_sensitive").status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void onlyAsciiLettersFoldCase() {
        assertThat(judge("ÄB\n", "äb\n").status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("@\n", "`\n").status()).isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void aDifferentTokenIsAWrongAnswerThatSaysWhichAndWhere() {
        Judgement j = judge("1\n2\n3\n", "1\n2\n4\n");
        assertThat(j.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(j.judgeMessage()).isEqualTo(
                "Wrong answer on line 3 of the output (line 3 of the answer): token 3: expected \"3\", got \"4\"");
    }

    @Test
    void missingOutputIsNamed() {
        assertThat(judge("1 2\n", "").judgeMessage()).contains("the output is empty").contains("token 1 \"1\"");
        assertThat(judge("1 2\n", " \n").judgeMessage()).contains("the output has only whitespace");
        assertThat(judge("1 2\n", "1\n").judgeMessage()).contains("the output ended where the answer has token 2 \"2\"");
    }

    @Test
    void trailingOutputIsRejected() {
        Judgement j = judge("1\n", "1\n2\n");
        assertThat(j.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(j.judgeMessage()).contains("trailing output: token 2 \"2\"");
    }

    @Test
    void withoutToleranceNumbersCompareAsStrings() {
        assertThat(judge("0.5\n", "0.50\n").status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("1e3\n", "1E3\n").status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void absoluteToleranceAcceptsAnyFormattingWithinEpsilon() {
        assertThat(judge("0.0314\n", "3.14000000e-2\n", "float_absolute_tolerance", "1e-9").status())
                .isEqualTo(Status.ACCEPTED);
        assertThat(judge("1.0\n", "1.0000001\n", "float_absolute_tolerance", "1e-6").status())
                .isEqualTo(Status.ACCEPTED);
        assertThat(judge("1.0\n", "1.00001\n", "float_absolute_tolerance", "1e-6").status())
                .isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void relativeToleranceScalesWithTheAnswer() {
        assertThat(judge("1000000\n", "1000001\n", "float_relative_tolerance", "1e-6").status())
                .isEqualTo(Status.ACCEPTED);
        assertThat(judge("1\n", "1.000002\n", "float_relative_tolerance", "1e-6").status())
                .isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("0\n", "1e-300\n", "float_relative_tolerance", "1e-6").status())
                .isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void eitherToleranceAccepts() {
        assertThat(judge("1000000\n", "1000000.5\n", "float_absolute_tolerance", "1e-9",
                "float_relative_tolerance", "1e-6").status()).isEqualTo(Status.ACCEPTED);
        assertThat(judge("0\n", "0.0000001\n", "float_absolute_tolerance", "1e-6",
                "float_relative_tolerance", "1e-9").status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void floatToleranceSetsBoth() {
        assertThat(judge("0\n", "0.0000001\n", "float_tolerance", "1e-6").status()).isEqualTo(Status.ACCEPTED);
        assertThat(judge("1e9\n", "1000000100\n", "float_tolerance", "1e-6").status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void exactIntegersAreNumbersUnderATolerance() {
        assertThat(judge("3\n", "3.0000001\n", "float_tolerance", "1e-6").status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void anAnswerTokenThatIsNotANumberComparesExactlyEvenWithATolerance() {
        assertThat(judge("possible 1.5\n", "POSSIBLE 1.5000001\n", "float_tolerance", "1e-6").status())
                .isEqualTo(Status.ACCEPTED);
        assertThat(judge("impossible\n", "impossibl\n", "float_tolerance", "1e-6").status())
                .isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("inf\n", "inf\n", "float_tolerance", "1e-6").status()).isEqualTo(Status.ACCEPTED);
        assertThat(judge("nan\n", "NaN\n", "float_tolerance", "1e-6", "case_sensitive").status())
                .isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void anOutputThatIsNotANumberWhereTheAnswerIsIsRejected() {
        Judgement j = judge("2.5\n", "two\n", "float_tolerance", "1e-6");
        assertThat(j.status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(j.judgeMessage()).contains("expected a number like \"2.5\", got \"two\"");
        assertThat(judge("2.5\n", "0x1.4p1\n", "float_tolerance", "1e-6").status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("2.5\n", "Infinity\n", "float_tolerance", "1e-6").status()).isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void aTooLargeDifferenceReportsBothErrors() {
        assertThat(judge("2.0\n", "2.5\n", "float_tolerance", "1e-6").judgeMessage())
                .contains("too large a difference: answer 2.0, output 2.5")
                .contains("absolute error 0.500").contains("relative error 0.250");
        assertThat(judge("0\n", "1\n", "float_tolerance", "1e-6").judgeMessage()).contains("relative error undefined");
    }

    @Test
    void spaceChangeSensitiveComparesEveryWhitespaceRun() {
        assertThat(judge("1 2\n", "1 2\n", "space_change_sensitive").status()).isEqualTo(Status.ACCEPTED);
        assertThat(judge("1 2\n", "1  2\n", "space_change_sensitive").judgeMessage())
                .contains("2 whitespace characters where the answer has 1");
        assertThat(judge("1 2\n", "1\t2\n", "space_change_sensitive").judgeMessage())
                .contains("got a tab where the answer has a space");
        assertThat(judge("1 2\n", "1 2", "space_change_sensitive").status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("1 2\n", " 1 2\n", "space_change_sensitive").status()).isEqualTo(Status.WRONG_ANSWER);
        assertThat(judge("1 2\n", "1 2\r\n", "space_change_sensitive").status()).isEqualTo(Status.WRONG_ANSWER);
    }

    @Test
    void longTokensAreCutInMessages() {
        String answer = "a".repeat(10_000);
        Judgement j = judge(answer, "b".repeat(10_000));
        assertThat(j.judgeMessage()).hasSizeLessThan(200).contains("...");
    }

    @Test
    void workIsLinearInTheInput() {
        byte[] big = new byte[8 * 1024 * 1024];
        Arrays.fill(big, (byte) '7');
        for (int i = 1; i < big.length; i += 2) {
            big[i] = ' ';
        }
        Judgement j = new DefaultValidator(ValidatorFlags.parse(List.of("float_tolerance", "1e-9"))).judge(big, big);
        assertThat(j).isEqualTo(Judgement.ACCEPTED);
    }

    @Test
    void linesAreCountedInBothFiles() {
        assertThat(judge("1 2 3\n4\n", "1\n2\n3\n5\n").judgeMessage())
                .startsWith("Wrong answer on line 4 of the output (line 2 of the answer)");
    }
}
