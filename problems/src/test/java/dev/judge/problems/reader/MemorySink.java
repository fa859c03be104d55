package dev.judge.problems.reader;

import dev.judge.problems.ContentRef;
import dev.judge.problems.TestDataSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** A sink that keeps what it is given in memory, for tests. */
final class MemorySink implements TestDataSink {

    private final Map<String, byte[]> stored = new HashMap<>();
    private int calls;

    @Override
    public ContentRef store(InputStream content) throws IOException {
        calls++;
        try {
            DigestInputStream digest = new DigestInputStream(content, MessageDigest.getInstance("SHA-256"));
            byte[] bytes = digest.readAllBytes();
            String sha = HexFormat.of().formatHex(digest.getMessageDigest().digest());
            stored.put(sha, bytes);
            return new ContentRef(sha, bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(ContentRef ref) {
        return new String(stored.get(ref.sha256()), StandardCharsets.UTF_8);
    }

    int calls() {
        return calls;
    }
}
