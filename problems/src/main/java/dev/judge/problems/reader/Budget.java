package dev.judge.problems.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes a package may still hold, counted as they are actually read: a zip's declared sizes are
 * never trusted, so a small archive that inflates past the limit is stopped while it inflates.
 */
final class Budget {

    /** Thrown from a read once the package has held more than the limit. */
    static final class Exceeded extends IOException {
        Exceeded(long limit) {
            super("the package holds more than " + limit + " bytes uncompressed");
        }
    }

    private final long limit;
    private long used;

    Budget(long limit) {
        this.limit = limit;
    }

    /** The stream, counted against the budget. */
    InputStream count(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    use(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    use(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                return Math.max(0, read(new byte[(int) Math.min(Math.max(n, 0), 8192)]));
            }
        };
    }

    private void use(long bytes) throws Exceeded {
        used += bytes;
        if (used > limit) {
            throw new Exceeded(limit);
        }
    }
}
