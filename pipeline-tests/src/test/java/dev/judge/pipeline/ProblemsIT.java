package dev.judge.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Problem packages imported through the API and compile-service: stored once, read back, refused saying why. */
class ProblemsIT {

    private static Pipeline pipeline;
    private static String api;

    @BeforeAll
    static void start() {
        pipeline = new Pipeline("problems").startAll();
        api = pipeline.api(0) + "/api/v1/problems/";
    }

    @AfterAll
    static void stop() {
        pipeline.close();
    }

    @Test
    void aPackageIsImportedOnceAndReadBackAndTheSamePackageAgainChangesNothing() {
        Http.Response created = Http.put(api + "sumfloat", ProblemPackages.zip("sumfloat"), "application/zip");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode doc = created.json();
        assertThat(doc.get("id").asText()).isEqualTo("sumfloat");
        assertThat(doc.get("name").asText()).isEqualTo("Half the sum");
        assertThat(doc.get("type").asText()).isEqualTo("pass-fail");
        assertThat(doc.get("validation").asText()).isEqualTo("default");
        assertThat(doc.get("timeLimitSec").asDouble()).isEqualTo(2.0);
        assertThat(doc.get("timeLimitFrom").asText()).isEqualTo(".timelimit");
        assertThat(doc.get("memoryLimitKb").asLong()).isEqualTo(256 * 1024);
        assertThat(doc.get("testCount").asInt()).isEqualTo(4);
        assertThat(doc.get("groups").toString()).contains("\"name\":\"sample\",\"testCount\":1")
                .contains("\"name\":\"secret\",\"testCount\":3");
        Http.Response again = Http.put(api + "sumfloat", ProblemPackages.zip("sumfloat"), "application/zip");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("version").asText()).isEqualTo(doc.get("version").asText());
        assertThat(Http.get(api + "sumfloat").json().get("version").asText()).isEqualTo(doc.get("version").asText());
        assertThat(Http.get(pipeline.api(0) + "/api/v1/problems").body()).contains("\"id\":\"sumfloat\"");
    }

    @Test
    void aPackageWithAnInputWithoutItsAnswerIsRefusedNamingTheFile() {
        Http.Response r = Http.put(api + "noanswer", ProblemPackages.zip("noanswer"), "application/zip");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("data/secret/1.in");
        assertThat(Http.get(api + "noanswer").status()).isEqualTo(404);
    }

    @Test
    void aValidatorThatDoesNotCompileIsRefusedWithTheCompilerOutput() {
        Http.Response r = Http.put(api + "badvalidator", ProblemPackages.zip("badvalidator"), "application/zip");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("output_validators/check").contains("missing_function");
    }

    @Test
    void aPackageWithoutATimeLimitGetsOneComputedFromItsAcceptedSubmissionsAndItJudges() {
        Http.Response r = Http.put(api + "slowsum", ProblemPackages.zip("slowsum"), "application/zip");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode doc = r.json();
        assertThat(doc.get("timeLimitFrom").asText()).as(r.body()).isEqualTo("computed");
        // The slow accepted program spends about 0.15 s per test: times 3, rounded up to 0.1 s.
        assertThat(doc.get("timeLimitSec").asDouble()).as(r.body()).isBetween(0.45, 0.9);
        assertThat(doc.get("timeLimitDerivation").asText()).contains("submissions/accepted/spin.c", "times 3");
        assertThat(judge("slowsum", "c", ProblemPackages.source("slowsum", "submissions/accepted/spin.c"))
                .get("status").asText()).isEqualTo("ACCEPTED");
        JsonNode slow = judge("slowsum", "c", ProblemPackages.source("slowsum", "submissions/time_limit_exceeded/spin.c"));
        assertThat(slow.get("status").asText()).as(slow.toString()).isEqualTo("TIME_LIMIT_EXCEEDED");
        Http.Response again = Http.put(api + "slowsum", ProblemPackages.zip("slowsum"), "application/zip");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("version").asText()).isEqualTo(doc.get("version").asText());
        assertThat(again.json().get("timeLimitSec").asDouble()).isEqualTo(doc.get("timeLimitSec").asDouble());
    }

    @Test
    void aPackageWhoseAcceptedSubmissionIsWrongIsRefusedNamingIt() {
        Http.Response r = Http.put(api + "slowsum-wrong", ProblemPackages.zip("slowsum",
                java.util.Map.of("submissions/accepted/wrong.py", "print(0)\n")), "application/zip");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("submissions/accepted/wrong.py").contains("WRONG_ANSWER");
        assertThat(Http.get(api + "slowsum-wrong").status()).isEqualTo(404);
    }

    @Test
    void badRequestsAreRefusedByName() {
        assertThat(Http.put(api + "bad%20id", new byte[] {1}, "application/zip").status()).isEqualTo(422);
        assertThat(Http.put(api + "x", new byte[] {1}, "text/plain").status()).isEqualTo(415);
        Http.Response notZip = Http.put(api + "notzip", "not a zip".getBytes(), "application/zip");
        assertThat(notZip.status()).as(notZip.body()).isEqualTo(422);
        assertThat(Http.get(api + "never-imported").status()).isEqualTo(404);
        assertThat(Http.delete(api + "never-imported").status()).isEqualTo(404);
    }

    private static JsonNode judge(String problem, String language, String source) {
        Http.Response r = Http.post(pipeline.api(0) + "/api/v1/submissions?wait=true", dev.judge.model.Json.mapper()
                .writeValueAsString(java.util.Map.of("language", language, "source", source, "problemId", problem)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void submissionsAreJudgedOnTheProblemsTestCasesWithItsValidatorFlags() {
        assertThat(Http.put(api + "sumfloat", ProblemPackages.zip("sumfloat"), "application/zip").status()).isIn(200, 201);
        JsonNode ok = judge("sumfloat", "python", ProblemPackages.source("sumfloat", "submissions/accepted/half.py"));
        assertThat(ok.get("status").asText()).as(ok.toString()).isEqualTo("ACCEPTED");
        assertThat(ok.get("problemId").asText()).isEqualTo("sumfloat");
        assertThat(ok.get("problemVersion").asText()).isEqualTo(Http.get(api + "sumfloat").json().get("version").asText());
        assertThat(ok.get("total").asInt()).isEqualTo(4);
        assertThat(ok.get("tests").get(0).get("group").asText()).isEqualTo("sample");
        assertThat(ok.get("groups").toString()).contains("\"name\":\"secret\"");
        JsonNode wrong = judge("sumfloat", "python", ProblemPackages.source("sumfloat", "submissions/wrong_answer/floor.py"));
        assertThat(wrong.get("status").asText()).as(wrong.toString()).isEqualTo("WRONG_ANSWER");
        assertThat(wrong.get("tests").get(0).get("feedback").asText()).isNotBlank();
        JsonNode unknown = judge("never-imported", "python", "print(1)");
        assertThat(unknown.get("status").asText()).isEqualTo("REJECTED");
        assertThat(unknown.get("message").asText()).contains("never-imported");
    }

    @Test
    void aScoringProblemScoresEachGroupAndTheWhole() {
        assertThat(Http.put(api + "parity", ProblemPackages.zip("parity"), "application/zip").status()).isIn(200, 201);
        JsonNode full = judge("parity", "python", ProblemPackages.source("parity", "submissions/accepted/parity.py"));
        assertThat(full.get("status").asText()).as(full.toString()).isEqualTo("ACCEPTED");
        assertThat(full.get("score").asDouble()).isPositive().isEqualTo(full.get("maxScore").asDouble());
        JsonNode part = judge("parity", "python", ProblemPackages.source("parity", "submissions/partially_accepted/small.py"));
        assertThat(part.get("status").asText()).as(part.toString()).isEqualTo("WRONG_ANSWER");
        assertThat(part.get("score").asDouble()).as(part.toString()).isPositive().isLessThan(part.get("maxScore").asDouble());
        assertThat(part.get("groups").toString()).contains("\"name\":\"secret/g1\",\"status\":\"ACCEPTED\"")
                .contains("\"name\":\"secret/g2\",\"status\":\"WRONG_ANSWER\"");
        Http.Response judge0 = Http.post(pipeline.api(0) + "/submissions?wait=true", dev.judge.model.Json.mapper()
                .writeValueAsString(java.util.Map.of("language_id", 71, "problem_id", "parity",
                        "source_code", ProblemPackages.source("parity", "submissions/accepted/parity.py"))));
        assertThat(judge0.status()).as(judge0.body()).isIn(200, 201);
        assertThat(judge0.json().get("status").get("description").asText()).isEqualTo("Accepted");
    }

    @Test
    void aDeletedProblemIsGone() {
        assertThat(Http.put(api + "to-delete", ProblemPackages.zip("sumfloat"), "application/zip").status()).isEqualTo(201);
        assertThat(Http.delete(api + "to-delete").status()).isEqualTo(204);
        assertThat(Http.get(api + "to-delete").status()).isEqualTo(404);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"anypair", "rated", "upper", "guess", "doubling", "scripted"})
    /** Interactive (guess) and multi-pass (doubling) packages too: the verdict rules of docs/contract.md. */
    void theExampleSubmissionsOfAPackageWithItsOwnValidatorGetTheVerdictsTheirFoldersName(String problem) throws Exception {
        Http.Response imported = Http.put(api + problem, ProblemPackages.zip(problem), "application/zip");
        assertThat(imported.status()).as(imported.body()).isIn(200, 201);
        assertThat(imported.json().get("validation").asText()).startsWith("custom");
        java.nio.file.Path dir = ProblemPackages.ROOT.resolve(problem).resolve("submissions");
        List<java.nio.file.Path> programs;
        try (var walk = java.nio.file.Files.walk(dir)) {
            programs = walk.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        }
        assertThat(programs).isNotEmpty();
        for (java.nio.file.Path program : programs) {
            String folder = program.getParent().getFileName().toString();
            String name = program.getFileName().toString();
            String language = name.endsWith(".py") ? "python" : name.endsWith(".c") ? "c" : "cpp";
            JsonNode v = judge(problem, language, java.nio.file.Files.readString(program));
            String expected = switch (folder) {
                case "accepted" -> "ACCEPTED";
                case "wrong_answer", "partially_accepted" -> "WRONG_ANSWER";
                case "run_time_error" -> "RUNTIME_ERROR";
                case "time_limit_exceeded" -> "TIME_LIMIT_EXCEEDED";
                default -> throw new IllegalStateException("no expectation for " + folder);
            };
            String status = v.get("status").asText();
            if (folder.equals("partially_accepted")) {
                assertThat(v.get("score").asDouble()).as(program + ": " + v).isPositive().isLessThan(v.get("maxScore").asDouble());
            } else {
                assertThat(status).as(program + ": " + v).isEqualTo(expected);
            }
            for (JsonNode test : v.get("tests")) {
                if (test.get("status").asText().equals("ACCEPTED") || test.get("status").asText().equals("WRONG_ANSWER")) {
                    assertThat(test.get("validator").isObject()).as(program + ": " + test).isTrue();
                    assertThat(test.get("validator").get("exitCode").isInt()).as(program + ": " + test).isTrue();
                    if (problem.equals("doubling") && folder.equals("accepted")) {
                        assertThat(test.get("passes").size()).as(program + ": " + test).isEqualTo(2);
                    }
                }
            }
        }
    }

    @Test
    void aCustomValidatorGetsTheFlagsAndItsFeedbackIsTheTestsFeedback() {
        assertThat(Http.put(api + "anypair", ProblemPackages.zip("anypair"), "application/zip").status()).isIn(200, 201);
        JsonNode zero = judge("anypair", "python", ProblemPackages.source("anypair", "submissions/wrong_answer/zero.py"));
        assertThat(zero.get("status").asText()).as(zero.toString()).isEqualTo("WRONG_ANSWER");
        // 0 + n = n: only the flag "positive", given to the validator, makes it wrong.
        assertThat(zero.get("tests").get(0).get("feedback").asText()).contains("not positive");
        JsonNode one = judge("anypair", "python", ProblemPackages.source("anypair", "submissions/accepted/one.py"));
        assertThat(one.get("tests").get(0).get("feedback").asText()).isEqualTo("1 + 4 = 5\n");
        assertThat(Http.put(api + "upper", ProblemPackages.zip("upper"), "application/zip").status()).isIn(200, 201);
        JsonNode upper = judge("upper", "python", ProblemPackages.source("upper", "submissions/wrong_answer/same.py"));
        assertThat(upper.get("tests").get(0).get("feedback").asText()).contains("expected HELLO, read hello");
    }

    private static JsonNode judgeInline(java.util.Map<String, Object> body) {
        Http.Response r = Http.post(pipeline.api(0) + "/api/v1/submissions?wait=true", dev.judge.model.Json.mapper()
                .writeValueAsString(body));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Accepts the expected numbers in any order. */
    private static final String ANY_ORDER = """
            import sys
            expected = sorted(open(sys.argv[2]).read().split())
            got = sorted(sys.stdin.read().split())
            if got != expected:
                open(sys.argv[3] + "judgemessage.txt", "w").write(f"expected the numbers {expected}, read {got}")
                sys.exit(43)
            sys.exit(42)
            """;

    @Test
    void aSubmissionsOwnCheckerJudgesItsInlineTestsInsteadOfTheComparison() {
        java.util.Map<String, Object> checker = java.util.Map.of("language", "python", "source", ANY_ORDER);
        List<java.util.Map<String, String>> tests = List.of(java.util.Map.of("stdin", "3\n", "expectedOutput", "1 2 3\n"));
        JsonNode reversed = judgeInline(java.util.Map.of("language", "python", "source",
                "n = int(input())\nprint(*range(n, 0, -1))\n", "tests", tests, "checker", checker));
        assertThat(reversed.get("status").asText()).as(reversed.toString()).isEqualTo("ACCEPTED");
        assertThat(reversed.get("tests").get(0).get("validator").get("exitCode").asInt()).isEqualTo(42);
        JsonNode short_ = judgeInline(java.util.Map.of("language", "python", "source", "print(1, 2)\n", "tests", tests,
                "checker", checker));
        assertThat(short_.get("status").asText()).as(short_.toString()).isEqualTo("WRONG_ANSWER");
        assertThat(short_.get("tests").get(0).get("feedback").asText()).contains("read ['1', '2']");
        // testlib kind, C++, the header the checker includes sent as one of its files
        java.util.Map<String, Object> testlib = java.util.Map.of("kind", "testlib", "language", "cpp",
                "source", ProblemPackages.source("upper", "output_validators/checker/checker.cpp"),
                "files", List.of(java.util.Map.of("name", "testlib.h",
                        "content", ProblemPackages.source("upper", "output_validators/checker/testlib.h"))));
        List<java.util.Map<String, String>> words = List.of(java.util.Map.of("stdin", "judge\n", "expectedOutput", "JUDGE\n"));
        JsonNode upper = judgeInline(java.util.Map.of("language", "python", "source", "print(input().upper())\n",
                "tests", words, "checker", testlib));
        assertThat(upper.get("status").asText()).as(upper.toString()).isEqualTo("ACCEPTED");
        JsonNode lower = judgeInline(java.util.Map.of("language", "python", "source", "print(input())\n",
                "tests", words, "checker", testlib));
        assertThat(lower.get("status").asText()).as(lower.toString()).isEqualTo("WRONG_ANSWER");
        assertThat(lower.get("tests").get(0).get("feedback").asText()).contains("expected JUDGE, read judge");
    }

    @Test
    void aSubmissionsOwnInteractorGetsEachTestsInput() {
        java.util.Map<String, Object> interactor = java.util.Map.of("language", "c",
                "source", ProblemPackages.source("guess", "output_validators/interactor/interactor.c"));
        List<java.util.Map<String, String>> tests = List.of(java.util.Map.of("stdin", "1\n"), java.util.Map.of("stdin", "777\n"));
        JsonNode found = judgeInline(java.util.Map.of("language", "python", "source",
                ProblemPackages.source("guess", "submissions/accepted/bisect.py"), "tests", tests, "interactor", interactor));
        assertThat(found.get("status").asText()).as(found.toString()).isEqualTo("ACCEPTED");
        assertThat(found.get("tests").get(1).get("feedback").asText()).contains("found 777");
        JsonNode counting = judgeInline(java.util.Map.of("language", "python", "source",
                ProblemPackages.source("guess", "submissions/wrong_answer/counting.py"), "tests", tests, "interactor", interactor));
        assertThat(counting.get("status").asText()).as(counting.toString()).isEqualTo("WRONG_ANSWER");
    }

    @Test
    void aCheckerThatDoesNotCompileOrComesWithAProblemIsRefusedByName() {
        JsonNode broken = judgeInline(java.util.Map.of("language", "python", "source", "print(1)\n",
                "tests", List.of(java.util.Map.of("stdin", "")),
                "checker", java.util.Map.of("language", "c", "source", "int main(void) { return nothing; }\n")));
        assertThat(broken.get("status").asText()).as(broken.toString()).isEqualTo("REJECTED");
        assertThat(broken.get("message").asText()).startsWith("checker: ").contains("nothing");
        Http.Response both = Http.post(pipeline.api(0) + "/api/v1/submissions", dev.judge.model.Json.mapper()
                .writeValueAsString(java.util.Map.of("language", "python", "source", "print(1)", "problemId", "anypair",
                        "checker", java.util.Map.of("language", "python", "source", "exit(42)"))));
        assertThat(both.status()).as(both.body()).isEqualTo(422);
        assertThat(both.body()).contains("checker");
        Http.Response kind = Http.post(pipeline.api(0) + "/api/v1/submissions", dev.judge.model.Json.mapper()
                .writeValueAsString(java.util.Map.of("language", "python", "source", "print(1)",
                        "tests", List.of(java.util.Map.of("stdin", "")),
                        "checker", java.util.Map.of("kind", "special", "language", "python", "source", "exit(42)"))));
        assertThat(kind.status()).as(kind.body()).isEqualTo(422);
        assertThat(kind.body()).contains("checker.kind");
    }

    /**
     * A package above the 16 MiB record limit (its data stored, not deflated, so the zip is as large as
     * the data): uploaded over HTTP in chunks through Redis, imported, judged. Its size in MiB:
     * {@code -Djudge.big-package.mib} (24 unless given; docs/performance.md has the 256 MiB figure).
     */
    @Test
    void aPackageLargerThanARecordIsImportedThroughRedisAndJudged() throws Exception {
        int mib = Integer.getInteger("judge.big-package.mib", 24);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(7);
        byte[] line = new byte[64];
        // Test files of at most 32 MiB each (a box's file system holds 256 MiB), together mib MiB.
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            stored(zip, "problem.yaml", "name: Count the lines\n".getBytes());
            for (int file = 0, left = mib; left > 0; file++, left -= 32) {
                java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
                long lines = 0;
                while (data.size() < (Math.min(32, left) << 20)) {
                    for (int i = 0; i < 63; i++) {
                        line[i] = (byte) ('a' + random.nextInt(26));
                    }
                    line[63] = '\n';
                    data.write(line);
                    lines++;
                }
                stored(zip, "data/secret/big-" + file + ".in", data.toByteArray());
                stored(zip, "data/secret/big-" + file + ".ans", (lines + "\n").getBytes());
            }
        }
        assertThat(out.size()).isGreaterThan(dev.judge.model.Topics.MAX_SUBMISSION_BYTES);
        long started = System.nanoTime();
        Http.Response r = Http.put(api + "biglines", out.toByteArray(), "application/zip");
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        System.out.printf("Imported a %d MiB package in %.1f s%n", out.size() >> 20, (System.nanoTime() - started) / 1e9);
        JsonNode v = judge("biglines", "python", "import sys\nprint(sys.stdin.buffer.read().count(b'\\n'))\n");
        assertThat(v.get("status").asText()).as(v.toString()).isEqualTo("ACCEPTED");
    }

    private static void stored(java.util.zip.ZipOutputStream zip, String name, byte[] content) throws java.io.IOException {
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(name);
        e.setMethod(java.util.zip.ZipEntry.STORED);
        e.setSize(content.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    /** A producer that speaks only Kafka: the package on judge.problems, submissions naming it on judge.submissions. */
    @Test
    void aPackageImportedThroughKafkaJudgesSubmissionsSentThroughKafka() throws Exception {
        java.util.Map<String, Object> config = java.util.Map.of("bootstrap.servers", dev.judge.testing.KafkaBroker.bootstrapServers(),
                "max.request.size", 20 << 20);
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, byte[]>(config,
                new org.apache.kafka.common.serialization.StringSerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
                JudgeClient client = new JudgeClient()) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(dev.judge.model.Topics.PROBLEMS, "kafka-guess",
                    ProblemPackages.zip("guess"))).get();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3))
                    .until(() -> Http.get(api + "kafka-guess").status() == 200);
            String id = "kafka-guess-" + java.util.UUID.randomUUID();
            client.send(id, dev.judge.model.Json.mapper().writeValueAsString(java.util.Map.of("id", id, "language", "c",
                    "source", ProblemPackages.source("guess", "submissions/accepted/bisect.c"), "problemId", "kafka-guess")));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3)).until(() -> client.verdict(id).isPresent());
            dev.judge.model.Verdict v = client.verdict(id).orElseThrow();
            assertThat(v.status()).as(v.toString()).isEqualTo(dev.judge.model.Status.ACCEPTED);
            assertThat(v.problemId()).isEqualTo("kafka-guess");
            assertThat(v.tests()).hasSize(4).allSatisfy(t -> assertThat(t.validator()).isNotNull());
            // Judge0's API judges on it too (problem_id): the interactive tests run the same way.
            Http.Response judge0 = Http.post(pipeline.api(0) + "/submissions?wait=true", dev.judge.model.Json.mapper()
                    .writeValueAsString(java.util.Map.of("language_id", 71, "problem_id", "kafka-guess",
                            "source_code", ProblemPackages.source("guess", "submissions/accepted/bisect.py"))));
            assertThat(judge0.status()).as(judge0.body()).isIn(200, 201);
            assertThat(judge0.json().get("status").get("description").asText()).as(judge0.body()).isEqualTo("Accepted");
            // The interactive samples are shown, not run: 2.interaction has no test case.
            JsonNode samples = Http.get(api + "kafka-guess/samples").json();
            assertThat(samples.size()).as(samples.toString()).isEqualTo(2);
            assertThat(samples.get(0).get("input").asText()).isEqualTo("17\n");
            assertThat(samples.get(0).get("interaction").asText()).startsWith(">500\n<lower\n");
            assertThat(samples.get(1).get("input").isNull()).isTrue();
            assertThat(samples.get(1).get("interaction").asText()).contains("<correct");
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(dev.judge.model.Topics.PROBLEMS, "kafka-guess",
                    null)).get();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(3))
                    .until(() -> Http.get(api + "kafka-guess").status() == 404);
        }
    }
}
