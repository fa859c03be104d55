package dev.judge.problems.validator;

/**
 * Walks one file as the default validator sees it: runs of whitespace (space, tab, line feed, vertical
 * tab, form feed, carriage return) and the tokens between them, counting lines as it goes.
 */
final class Cursor {

    private final byte[] data;
    private int position;
    private int line = 1;
    private int tokenStart;

    Cursor(byte[] data) {
        this.data = data;
    }

    static boolean isSpace(byte b) {
        return b == ' ' || (b >= 0x09 && b <= 0x0d);
    }

    /** Skips the whitespace at the cursor; answers where the run started. */
    int skipSpace() {
        int start = position;
        while (position < data.length && isSpace(data[position])) {
            if (data[position] == '\n') {
                line++;
            }
            position++;
        }
        return start;
    }

    /** Moves over the next token (after {@link #skipSpace()}); false at the end of the data. */
    boolean nextToken() {
        if (position >= data.length) {
            return false;
        }
        tokenStart = position;
        while (position < data.length && !isSpace(data[position])) {
            position++;
        }
        return true;
    }

    byte[] data() {
        return data;
    }

    int position() {
        return position;
    }

    int tokenStart() {
        return tokenStart;
    }

    int tokenEnd() {
        return position;
    }

    /** The line, from 1, to name in a message: the cursor's, or the last line when at the end after a newline. */
    int reportLine() {
        boolean endsLine = position == data.length && position > 0 && data[position - 1] == '\n';
        return endsLine ? line - 1 : line;
    }
}
