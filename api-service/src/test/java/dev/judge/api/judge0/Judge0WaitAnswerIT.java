package dev.judge.api.judge0;

import static org.assertj.core.api.Assertions.assertThat;

import dev.judge.api.catalog.Languages;
import dev.judge.model.LanguageCatalog;
import dev.judge.model.Status;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.state.FullOutputStore;
import dev.judge.state.KeptOutputs;
import dev.judge.state.RedisConnections;
import dev.judge.state.SubmissionIds;
import dev.judge.state.SubmissionViews;
import dev.judge.state.Judge0Request;
import dev.judge.testing.RedisServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A Judge0 wait=true answer against a real Redis: the verdict the wait received, the stored state only without one. */
class Judge0WaitAnswerIT {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final RedisConnections redis = new RedisConnections(RedisServer.shared().uri());
    private final Judge0View view = new Judge0View(new SubmissionViews(redis.text()),
            new KeptOutputs(new FullOutputStore(redis.bulk(), TTL)),
            new Languages(language -> Optional.of("1.0"), LanguageCatalog.defaults()));

    @AfterAll
    static void close() {
        redis.close();
    }

    private static Judge0Request request(String token) {
        return new Judge0Request(token, "print(input())", 71, new byte[0], null, null, null, null, 2, 0.5, 5, 128_000,
                64_000, 60, 1024, 1, false, false, false, Instant.parse("2026-12-01T00:00:00Z"), false);
    }

    @Test
    void theReceivedVerdictIsShownThoughRedisStillSaysQueued() {
        String token = "j0-" + UUID.randomUUID();
        new SubmissionIds(redis.text(), TTL).queue(token, "digest");
        Verdict v = new Verdict(token, Status.ACCEPTED, null, null,
                List.of(new TestResult(0, Status.ACCEPTED, 0.25, 0.5, 2048, 0, null, "judge\n", "", false)), 1, 1, 0.25, 2048,
                new Verdict.Timings(1, 0, 10, 20));
        Map<String, Object> shown = view.render(request(token), Optional.of(v), Judge0View.DEFAULT_FIELDS, false);
        assertThat(shown.get("status")).isEqualTo(Map.of("id", 3, "description", "Accepted"));
        assertThat(shown.get("stdout")).isEqualTo("judge\n");
        assertThat(shown.get("time")).isEqualTo("0.250");
    }

    @Test
    void aWaitThatTimedOutShowsTheStoredState() {
        String token = "j0-" + UUID.randomUUID();
        new SubmissionIds(redis.text(), TTL).queue(token, "digest");
        Map<String, Object> shown = view.render(request(token), Optional.empty(), Judge0View.DEFAULT_FIELDS, false);
        assertThat(shown.get("status")).isEqualTo(Map.of("id", 1, "description", "In Queue"));
        assertThat(shown.get("stdout")).isNull();
    }
}
