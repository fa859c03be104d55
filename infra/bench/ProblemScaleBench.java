import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Problems at scale against the running stack: {@code count} problems of {@code mib} MiB of test data
 * each (tests of at most 32 MiB of random numbers, one per line, each test's data its own), written
 * as zips on disk and imported with {@code PUT /api/v1/problems/{id}}; then a Python submission that
 * counts its input's lines is judged on the first and the last problem. Prints each import's time and
 * the verdicts; exits 1 when an import or a verdict fails. A benchmark, not a test.
 *
 * <p>Usage: {@code java ProblemScaleBench.java API_URL COUNT MIB [SCRATCH_DIR]}
 */
public class ProblemScaleBench {

    static final int TEST_MIB = 32;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String api = args[0];
        int count = Integer.parseInt(args[1]);
        int mib = Integer.parseInt(args[2]);
        Path scratch = Files.createTempDirectory(Path.of(args.length > 3 ? args[3] : "/tmp"), "problem-scale-");
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        boolean failed = false;
        long started = System.nanoTime();
        for (int p = 0; p < count; p++) {
            String id = "scale-" + run + "-" + p;
            Path zip = scratch.resolve(id + ".zip");
            long lines = write(zip, id, mib, p);
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/problems/" + id))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/zip")
                    .PUT(HttpRequest.BodyPublishers.ofFile(zip)).build(), HttpResponse.BodyHandlers.ofString());
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %d MiB of test data (%d lines), zip %d MiB, imported in %.1f s: HTTP %d%n", id, mib,
                    lines, Files.size(zip) >> 20, sec, r.statusCode());
            if (r.statusCode() != 201) {
                System.out.println("  " + r.body());
                failed = true;
            }
            Files.delete(zip);
        }
        System.out.printf(Locale.ROOT, "%d problems, %d MiB of test data, imported in %.1f s%n", count, (long) count * mib,
                (System.nanoTime() - started) / 1e9);
        for (int p : new int[] {0, count - 1}) {
            String id = "scale-" + run + "-" + p;
            String body = "{\"language\":\"python\",\"problemId\":\"" + id + "\",\"source\":"
                    + "\"import sys\\nprint(sys.stdin.buffer.read().count(b'\\\\n'))\\n\"}";
            long t0 = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/api/v1/submissions?wait=true"))
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String status = r.body().replaceAll("(?s).*?\"status\":\"([A-Z_]+)\".*", "$1");
            System.out.printf(Locale.ROOT, "judged on %s in %.1f s: %s%n", id, (System.nanoTime() - t0) / 1e9, status);
            failed |= !status.equals("ACCEPTED");
        }
        Files.deleteIfExists(scratch);
        System.exit(failed ? 1 : 0);
    }

    /** The package: a problem.yaml and tests of random numbers whose answers are their line counts. */
    static long write(Path zip, String id, int mib, int seed) throws IOException {
        long lines = 0;
        SplittableRandom random = new SplittableRandom(seed * 7919L + mib);
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 20))) {
            out.setLevel(1);
            entry(out, id + "/problem.yaml", "name: Count the lines\nlimits:\n  memory: 1024\n  time_limit: 10\n");
            int tests = Math.max(1, (mib + TEST_MIB - 1) / TEST_MIB);
            for (int t = 0; t < tests; t++) {
                long bytes = Math.min(TEST_MIB, mib - (long) t * TEST_MIB) << 20;
                out.putNextEntry(new ZipEntry(String.format(Locale.ROOT, "%s/data/secret/%02d.in", id, t)));
                long n = numbers(out, bytes, random);
                out.closeEntry();
                entry(out, String.format(Locale.ROOT, "%s/data/secret/%02d.ans", id, t), n + "\n");
                lines += n;
            }
        }
        return lines;
    }

    static long numbers(OutputStream out, long bytes, SplittableRandom random) throws IOException {
        byte[] line = new byte[24];
        long written = 0;
        long n = 0;
        while (written < bytes) {
            byte[] digits = Long.toString(random.nextLong(1_000_000_000_000L)).getBytes(StandardCharsets.US_ASCII);
            int len = (int) Math.min(digits.length + 1, bytes - written);
            System.arraycopy(digits, 0, line, 0, Math.min(digits.length, len));
            line[len - 1] = '\n';
            out.write(line, 0, len);
            written += len;
            n++;
        }
        return n;
    }

    static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
