package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTTP API against the findings of the robustness review: what a hostile or careless client
 * does must neither wedge the service nor give anybody a wrong answer.
 */
class HostileClientsIT {

    private static Pipeline pipeline;
    private static String api;
    private static String tight;
    private static String fewThreads;
    private static String apiMetrics;
    private static String fewThreadsMetrics;

    @BeforeAll
    static void start() {
        // A callback to a target that never answers stays open for the whole test.
        Map<String, Object> slowCallbacks = Map.of("judge.api.callback-timeout", "60s");
        pipeline = new Pipeline("hostile-clients").startCompile().startRun().startResult()
                .startApi(slowCallbacks)
                .startApi(Map.of("judge.api.callback-timeout", "60s", "JUDGE_API_STREAMS_PER_CLIENT", "2",
                        "JUDGE_API_WAITS_PER_CLIENT", "2"))
                .startApi(Map.of("judge.api.callback-timeout", "60s", "server.tomcat.threads.max", "8"));
        api = pipeline.api(0);
        tight = pipeline.api(1);
        fewThreads = pipeline.api(2);
        apiMetrics = pipeline.apiMetrics(0);
        fewThreadsMetrics = pipeline.apiMetrics(2);
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    private static String id(String what) {
        return what + "-" + UUID.randomUUID();
    }

    /** A submission that runs for a few seconds, so streams and waits have something to watch. */
    private static String slow(String id, double seconds) {
        return """
                {"id": "%s", "language": "python", "source": "import time\\ntime.sleep(%s)\\nprint(input())",
                 "tests": [{"stdin": "x", "expectedOutput": "x"}]}
                """.formatted(id, seconds);
    }

    private static double gauge(String metricsUrl, String name) {
        return Http.get(metricsUrl).body().lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** Opens a raw connection to the event stream and returns it once the status line is read. */
    private static Socket openStream(String base, String id) throws IOException {
        URI uri = URI.create(base);
        Socket s = new Socket(uri.getHost(), uri.getPort());
        s.setSoTimeout(30_000);
        OutputStream out = s.getOutputStream();
        out.write(("GET /api/v1/submissions/" + id + "/events HTTP/1.1\r\nHost: " + uri.getHost()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    private static List<String> headLines(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.startsWith(":") || line.startsWith("event:")) {
                break;
            }
        }
        return lines;
    }

    @Test
    void aStreamSendsItsHeadersAtOnceAndClientsThatLeaveAreReleased() throws Exception {
        String id = id("streams");
        assertThat(Http.post(api + "/api/v1/submissions", slow(id, 4)).status()).isEqualTo(202);
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Socket s = openStream(api, id);
            List<String> head = headLines(s);
            assertThat(head.get(0)).contains("200");
            assertThat(head.get(head.size() - 1)).as("the first thing after the headers").startsWith(":");
            sockets.add(s);
        }
        assertThat(Http.get(api + "/api/v1/submissions/" + id).json().get("status").asString())
                .as("the headers came before the verdict").isNotEqualTo("ACCEPTED");
        for (Socket s : sockets) {
            s.close();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> gauge(apiMetrics, "api_open_streams") == 0);
    }

    @Test
    void streamsAndWaitsAreCappedPerClient() throws Exception {
        String id = id("caps");
        assertThat(Http.post(tight + "/api/v1/submissions", slow(id, 3)).status()).isEqualTo(202);
        try (Socket a = openStream(tight, id); Socket b = openStream(tight, id)) {
            headLines(a);
            headLines(b);
            Http.Response third = Http.get(tight + "/api/v1/submissions/" + id + "/events", "Accept", "text/event-stream");
            assertThat(third.status()).isEqualTo(429);
            assertThat(third.headers().get("judge-error")).singleElement().asString().contains("per client");
        }
        String waitId = id("wait-caps");
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waits.add(http.sendAsync(HttpRequest.newBuilder(URI.create(tight + "/api/v1/submissions?wait=true"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(slow(waitId, 3)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = waits.stream().map(f -> f.join().statusCode()).toList();
        assertThat(statuses).contains(429).contains(200);
    }

    @Test
    void waitsHoldNoRequestThreadSoTheRestOfTheApiAnswers() {
        String id = id("many-waits");
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> waits = new ArrayList<>();
        // The instance has 8 request threads; 40 waits on the same submission would hold them all.
        for (int i = 0; i < 40; i++) {
            waits.add(http.sendAsync(HttpRequest.newBuilder(URI.create(fewThreads + "/api/v1/submissions?wait=true"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(slow(id, 4)))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> gauge(fewThreadsMetrics, "api_waiting_requests") >= 30);
        Http.Response languages = Http.get(fewThreads + "/languages");
        assertThat(languages.status()).isEqualTo(200);
        for (CompletableFuture<HttpResponse<String>> w : waits) {
            HttpResponse<String> r = w.join();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"status\":\"ACCEPTED\"");
        }
    }

    @Test
    void aStreamOfLargeOutputsDoesNotStallOtherRequests() throws Exception {
        String id = id("large-output");
        String source = "print('x' * 20000)";
        assertThat(Http.post(api + "/api/v1/submissions", """
                {"id": "%s", "language": "python", "source": "import time\\ntime.sleep(1)\\n%s",
                 "tests": [{"stdin": "", "expectedOutput": null}, {"stdin": "", "expectedOutput": null}]}
                """.formatted(id, source)).status()).isEqualTo(202);
        CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(() -> {
            try (Socket s = openStream(api, id)) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                List<String> names = new ArrayList<>();
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        names.add(line.substring(6).trim());
                        if (names.contains("verdict")) {
                            break;
                        }
                    }
                }
                return names;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        while (!events.isDone()) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api + "/api/v1/languages"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            Thread.onSpinWait();
        }
        assertThat(events.get()).containsExactly("test", "test", "verdict");
    }

    @Test
    void numbersThatAreNotWhatTheyClaimAreRefusedByField() {
        Http.Response fraction = Http.post(api + "/api/v1/submissions", """
                {"language": "python", "source": "print(1)", "tests": [{"stdin": ""}], "limits": {"memoryKb": 1.5}}
                """);
        assertThat(fraction.status()).isEqualTo(422);
        assertThat(fraction.body()).contains("limits.memoryKb");
        Http.Response duplicate = Http.post(api + "/api/v1/submissions", """
                {"language": "python", "language": "c", "source": "print(1)", "tests": [{"stdin": ""}]}
                """);
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("language");
        Http.Response huge = Http.post(api + "/submissions", """
                {"source_code": "print(1)", "language_id": 99999999999999999999999, "memory_limit": -99999999999999999999}
                """);
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.json().has("language_id")).isTrue();
        assertThat(huge.json().has("memory_limit")).isTrue();
        Http.Response badBase64 = Http.post(api + "/submissions?base64_encoded=true", """
                {"source_code": "cHJpbnQoMSk=", "language_id": 71, "stdin": "%%%%"}
                """);
        assertThat(badBase64.status()).isEqualTo(422);
        assertThat(badBase64.json().has("stdin")).isTrue();
    }

    @Test
    void aSubmissionTooLargeForARecordIs413AndLeavesNoToken() {
        String stdin = "x".repeat(900 * 1024);
        Http.Response r = Http.post(api + "/submissions", """
                {"source_code": "print(1)", "language_id": 71, "stdin": "%s", "number_of_runs": 20}
                """.formatted(stdin));
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.body()).doesNotContain("token");
    }

    @Test
    void base64IsExactBytesEndToEnd() {
        Http.Response r = Http.post(api + "/submissions?base64_encoded=true&wait=true", """
                {"source_code": "%s", "language_id": 71, "stdin": "//4AAQ=="}
                """.formatted(java.util.Base64.getEncoder().encodeToString(
                "import sys\nsys.stdout.buffer.write(sys.stdin.buffer.read())\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("stdout").asString()).isEqualTo("//4AAQ==");
        String token = r.json().get("token").asString();
        Http.Response again = Http.get(api + "/submissions/" + token + "?base64_encoded=true&fields=stdin,stdout");
        assertThat(again.json().get("stdin").asString()).isEqualTo("//4AAQ==");
        assertThat(again.json().get("stdout").asString()).isEqualTo("//4AAQ==");
    }

    @Test
    void aTargetThatNeverAnswersDelaysOnlyItsOwnCallbacks() throws Exception {
        List<ServerSocket> dead = new ArrayList<>();
        AtomicInteger held = new AtomicInteger();   // requests accepted and not answered
        List<Socket> accepted = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            dead.add(server);
            Thread t = new Thread(() -> {
                try {
                    while (!server.isClosed()) {
                        accepted.add(server.accept());   // and never answer
                        held.incrementAndGet();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            t.setDaemon(true);
            t.start();
        }
        com.sun.net.httpserver.HttpServer fast = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        CompletableFuture<Integer> heldWhenFastArrived = new CompletableFuture<>();
        fast.createContext("/done", exchange -> {
            heldWhenFastArrived.complete(held.get());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        fast.start();
        try {
            for (ServerSocket d : dead) {
                assertThat(Http.post(api + "/submissions", "{\"source_code\": \"print(1)\", \"language_id\": 71,"
                        + " \"callback_url\": \"http://127.0.0.1:" + d.getLocalPort() + "/cb\"}").status()).isEqualTo(201);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> held.get() == 4);
            assertThat(Http.post(api + "/submissions", "{\"source_code\": \"print(2)\", \"language_id\": 71,"
                    + " \"callback_url\": \"http://127.0.0.1:" + fast.getAddress().getPort() + "/done\"}").status())
                    .isEqualTo(201);
            // The fast target is called while all four dead ones still hold an unanswered request.
            assertThat(heldWhenFastArrived.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(4);
            assertThat(accepted).allSatisfy(s -> assertThat(s.isClosed()).isFalse());
        } finally {
            fast.stop(0);
            for (ServerSocket d : dead) {
                d.close();
            }
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
