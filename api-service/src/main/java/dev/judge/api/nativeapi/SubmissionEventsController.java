package dev.judge.api.nativeapi;

import dev.judge.model.Json;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.api.ApiProperties;
import dev.judge.state.ProgressEvent;
import dev.judge.api.live.Watchers;
import dev.judge.state.SubmissionStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress as Server-Sent Events: on connect the tests already finished are replayed, then
 * one {@code test} event per finished test and one {@code verdict} event, and the stream closes.
 */
@RestController
@RequestMapping("/api/v1")
class SubmissionEventsController {

    private final SubmissionStore store;
    private final Watchers watchers;
    private final ApiProperties api;

    SubmissionEventsController(SubmissionStore store, Watchers watchers, ApiProperties props) {
        this.store = store;
        this.watchers = watchers;
        this.api = props;
    }

    @GetMapping(path = "/submissions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String id) throws Exception {
        if (!store.exists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no submission with id '" + id + "'");
        }
        SseEmitter emitter = new SseEmitter(api.waitTimeout().toMillis() * 10);
        Stream stream = new Stream(id, emitter);
        AutoCloseable watch = watchers.watch(id, stream::live);
        emitter.onCompletion(() -> close(watch));
        emitter.onTimeout(() -> close(watch));
        emitter.onError(e -> close(watch));
        stream.replay();
        return emitter;
    }

    private static void close(AutoCloseable watch) {
        try {
            watch.close();
        } catch (Exception ignored) {
            // nothing to release
        }
    }

    /** One client's stream: events that arrive during the replay wait until it is done. */
    private final class Stream {
        private final String id;
        private final SseEmitter emitter;
        private final Set<Integer> sentTests = ConcurrentHashMap.newKeySet();
        private final List<ProgressEvent> early = new ArrayList<>();
        private boolean replayed;
        private boolean done;

        Stream(String id, SseEmitter emitter) {
            this.id = id;
            this.emitter = emitter;
        }

        synchronized void live(ProgressEvent event) {
            if (!replayed) {
                early.add(event);
            } else {
                send(event);
            }
        }

        synchronized void replay() {
            List<TestResult> finished = new ArrayList<>(store.progress(id).tests());
            finished.sort(Comparator.comparingInt(TestResult::index));
            for (TestResult t : finished) {
                sendTest(t);
            }
            Optional<Verdict> verdict = store.verdict(id);
            if (verdict.isPresent()) {
                sendVerdict(verdict.get());
                return;
            }
            early.forEach(this::send);
            early.clear();
            replayed = true;
        }

        private void send(ProgressEvent event) {
            if (event instanceof ProgressEvent.TestFinished t) {
                sendTest(t.result());
            } else if (event instanceof ProgressEvent.VerdictReady v) {
                sendVerdict(v.verdict());
            }
        }

        private void sendTest(TestResult t) {
            if (done || !sentTests.add(t.index())) {
                return;
            }
            emit("test", store.withFullOutputs(id, t));
        }

        private void sendVerdict(Verdict v) {
            if (done) {
                return;
            }
            for (TestResult t : v.tests()) {
                sendTest(t);
            }
            emit("verdict", store.withFullOutputs(v));
            done = true;
            emitter.complete();
        }

        private void emit(String name, Object data) {
            try {
                emitter.send(SseEmitter.event().name(name).data(Json.mapper().writeValueAsString(data), MediaType.APPLICATION_JSON));
            } catch (IOException e) {
                done = true;
                emitter.completeWithError(e);
            }
        }
    }
}
