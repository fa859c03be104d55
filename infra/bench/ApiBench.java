import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * ./judge bench-api: latency of the HTTP API with wait=true against the running local stack
 * (./judge up). A benchmark, not a test: it prints medians and 90th percentiles.
 */
public class ApiBench {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static double post(String url, String body) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (r.statusCode() / 100 != 2 || !(r.body().contains("\"Accepted\"") || r.body().contains("\"ACCEPTED\""))) {
            throw new IllegalStateException("unexpected answer " + r.statusCode() + ": " + r.body());
        }
        return ms;
    }

    static String row(String what, List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms |", what, ms.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.floor(sorted.size() * 0.9)));
    }

    public static void main(String[] args) throws Exception {
        String api = args.length > 0 ? args[0] : "http://127.0.0.1:2358";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        List<Double> cached = new ArrayList<>();
        List<Double> fresh = new ArrayList<>();
        List<Double> cFresh = new ArrayList<>();
        List<Double> twenty = new ArrayList<>();
        String oneLiner = "{\"source_code\": \"print(int(input()) * 2)\", \"language_id\": 71, \"stdin\": \"21\", \"expected_output\": \"42\"}";
        post(api + "/submissions?wait=true", oneLiner);
        for (int i = 0; i < n; i++) {
            cached.add(post(api + "/submissions?wait=true", oneLiner));
            String unique = "{\"source_code\": \"print(int(input()) * 2)  # " + UUID.randomUUID()
                    + "\", \"language_id\": 71, \"stdin\": \"21\", \"expected_output\": \"42\"}";
            fresh.add(post(api + "/submissions?wait=true", unique));
            String c = "{\"source_code\": \"#include <stdio.h>\\nint main(void){int a;scanf(\\\"%d\\\",&a);printf(\\\"%d\\\\n\\\",a*2);} /* "
                    + UUID.randomUUID() + " */\", \"language_id\": 50, \"stdin\": \"21\", \"expected_output\": \"42\"}";
            cFresh.add(post(api + "/submissions?wait=true", c));
            StringBuilder tests = new StringBuilder();
            for (int t = 0; t < 20; t++) {
                tests.append(t == 0 ? "" : ",").append("{\"stdin\": \"").append(t).append("\", \"expectedOutput\": \"").append(2 * t).append("\"}");
            }
            twenty.add(post(api + "/api/v1/submissions?wait=true", "{\"language\": \"c\", \"source\": "
                    + "\"#include <stdio.h>\\nint main(void){int a;scanf(\\\"%d\\\",&a);printf(\\\"%d\\\\n\\\",a*2);}\", \"tests\": [" + tests + "]}"));
        }
        System.out.println("| request (wait=true) | n | median | p90 |");
        System.out.println("|---|---|---|---|");
        System.out.println(row("Python one-liner, artifact cached", cached));
        System.out.println(row("Python one-liner, new source (syntax check + cache miss)", fresh));
        System.out.println(row("C program, new source (gcc in the sandbox)", cFresh));
        System.out.println(row("C program, 20 tests, native API, cached", twenty));
    }
}
