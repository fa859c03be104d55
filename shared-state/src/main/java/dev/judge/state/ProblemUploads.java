package dev.judge.state;

import io.lettuce.core.SetArgs;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Problem packages too large for a record ({@code judge.problems} carries at most 16 MiB), uploaded
 * over HTTP: the API writes the body to Redis in chunks of {@link #CHUNK} bytes as it reads it
 * ({@code problem-upload:<id>:<n>}, expiring after {@link #TTL}) and publishes an {@link Upload}
 * reference; compile-service copies the chunks to a file, checks size and digest, imports it and
 * deletes them. Neither side holds the package in memory.
 */
public final class ProblemUploads {

    static final int CHUNK = 4 << 20;
    /** How long an upload waits for its import. */
    public static final Duration TTL = Duration.ofHours(1);

    private final RedisClusterCommands<String, byte[]> redis;

    public ProblemUploads(RedisClusterCommands<String, byte[]> redis) {
        this.redis = redis;
    }

    /**
     * A stored upload.
     *
     * @param id the upload's id
     * @param chunks how many chunks it has
     * @param bytes its size
     * @param sha256 its digest, hex
     */
    public record Upload(String id, int chunks, long bytes, String sha256) {
    }

    /** The upload was larger than its limit: what was written is deleted again. */
    public static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("larger than " + limit + " bytes");
        }
    }

    /** Writes the stream as upload {@code id}, at most {@code limit} bytes. */
    public Upload write(String id, InputStream in, long limit) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        int chunks = 0;
        byte[] buffer;
        try {
            while ((buffer = in.readNBytes(CHUNK)).length > 0) {
                size += buffer.length;
                if (size > limit) {
                    throw new TooLargeException(limit);
                }
                sha.update(buffer);
                redis.set(StateKeys.problemUpload(id, chunks++), buffer, SetArgs.Builder.ex(TTL));
            }
        } catch (IOException | RuntimeException e) {
            delete(new Upload(id, chunks, size, ""));
            throw e;
        }
        return new Upload(id, chunks, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Copies the upload to {@code out}, checking that it is whole and unchanged. */
    public void copy(Upload upload, OutputStream out) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        for (int i = 0; i < upload.chunks(); i++) {
            byte[] chunk = redis.get(StateKeys.problemUpload(upload.id(), i));
            if (chunk == null) {
                throw new IOException("the upload lost its chunk " + i + " (uploads wait " + TTL.toMinutes() + " minutes)");
            }
            sha.update(chunk);
            size += chunk.length;
            out.write(chunk);
        }
        if (size != upload.bytes() || !HexFormat.of().formatHex(sha.digest()).equals(upload.sha256())) {
            throw new IOException("the upload is not what was sent (" + size + " bytes, expected " + upload.bytes() + ")");
        }
    }

    public void delete(Upload upload) {
        for (int i = 0; i < upload.chunks(); i++) {
            redis.del(StateKeys.problemUpload(upload.id(), i));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
