package dev.judge.api.judge0;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** POSIX shell quoting, and nothing expanded. */
class ShellWordsTest {

    @Test
    void wordsAreSplitOnBlanks() {
        assertThat(ShellWords.split("  -O2\t-Wall \n -DX=1 ")).containsExactly("-O2", "-Wall", "-DX=1");
        assertThat(ShellWords.split("")).isEmpty();
    }

    @Test
    void quotesKeepBlanksAndJoinWithNeighbours() {
        assertThat(ShellWords.split("'a b' \"c d\" e'f g'h")).containsExactly("a b", "c d", "ef gh");
        assertThat(ShellWords.split("''")).containsExactly("");
        assertThat(ShellWords.split("\"it's\" 'say \"hi\"'")).containsExactly("it's", "say \"hi\"");
    }

    @Test
    void backslashesEscapeOutsideQuotesAndOnlySomeCharactersInDoubleQuotes() {
        assertThat(ShellWords.split("a\\ b c\\\\d")).containsExactly("a b", "c\\d");
        assertThat(ShellWords.split("\"a\\\"b \\$x \\n\"")).containsExactly("a\"b $x \\n");
        assertThat(ShellWords.split("'no\\escape'")).containsExactly("no\\escape");
    }

    @Test
    void nothingIsExpanded() {
        assertThat(ShellWords.split("$HOME * `id` $(id) ~")).isEqualTo(List.of("$HOME", "*", "`id`", "$(id)", "~"));
    }

    @Test
    void unterminatedQuotesAndTrailingBackslashesAreRefused() {
        assertThatThrownBy(() -> ShellWords.split("'open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShellWords.split("\"open")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShellWords.split("end\\")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBackslashedNewlineJoinsLinesOutsideAndInsideDoubleQuotes() {
        assertThat(ShellWords.split("-O2 \\\n-Wall")).containsExactly("-O2", "-Wall");
        assertThat(ShellWords.split("ab\\\ncd")).containsExactly("abcd");
        assertThat(ShellWords.split("\"ab\\\ncd\"")).containsExactly("abcd");
    }

    @Test
    void anEmptyQuotedWordIsAWordButBlanksAloneAreNone() {
        assertThat(ShellWords.split("a \"\" b")).containsExactly("a", "", "b");
        assertThat(ShellWords.split(" \t\n ")).isEmpty();
    }
}
