package dev.judge.api.nativeapi;

import dev.judge.api.ApiProperties;
import dev.judge.api.web.ClientAddress;
import dev.judge.api.live.Admission;
import dev.judge.api.live.Watchers;
import dev.judge.model.Json;
import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import dev.judge.state.ProgressEvent;
import dev.judge.state.KeptOutputs;
import dev.judge.state.SubmissionViews;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress as Server-Sent Events: the stream opens at once (a comment line sends the
 * headers), the tests already finished are replayed, then one {@code test} event per finished test
 * and one {@code verdict} event, and the stream closes. Streams are capped per client address and
 * in all; a comment every few seconds finds clients that went away, whose streams are released
 * at once. Events are written on the API's own executor, one stream at a time in order, never
 * on the thread that delivers the broadcast.
 */
@RestController
@RequestMapping("/api/v1")
class SubmissionEventsController {

    private final SubmissionViews store;
    private final KeptOutputs outputs;
    private final Watchers watchers;
    private final Admission streams;
    private final ExecutorService work;
    private final ScheduledExecutorService heartbeats;
    private final ApiProperties api;
    private final ClientAddress clients;

    SubmissionEventsController(SubmissionViews views, KeptOutputs outputs, Watchers watchers, Admission streamAdmission,
            ExecutorService liveWork, ScheduledExecutorService heartbeats, ApiProperties props, ClientAddress clients) {
        this.store = views;
        this.outputs = outputs;
        this.watchers = watchers;
        this.streams = streamAdmission;
        this.work = liveWork;
        this.heartbeats = heartbeats;
        this.api = props;
        this.clients = clients;
    }

    /** Over the caps: 429 (this client holds too many) or 503 (the service does), saying which in {@code Judge-Error}. */
    @GetMapping(path = "/submissions/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(@PathVariable String id, HttpServletRequest request) {
        if (!store.exists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no submission with id '" + id + "'");
        }
        Admission.Ticket ticket;
        try {
            ticket = streams.enter(clients.of(request));
        } catch (Admission.LimitExceededException e) {
            // A stream's answer has no JSON body to carry the reason: a header does.
            return e.answer(api.retryAfterSeconds()).header("Judge-Error", e.getMessage()).build();
        }
        SseEmitter emitter = new SseEmitter(api.waitTimeout().toMillis() * 10);
        Stream stream = new Stream(id, emitter, ticket);
        emitter.onCompletion(stream::release);
        emitter.onTimeout(stream::release);
        emitter.onError(e -> stream.release());
        stream.open();
        return ResponseEntity.ok(emitter);
    }

    /** One client's stream: its writes run in order on the shared executor; it releases everything once. */
    private final class Stream {
        private final String id;
        private final SseEmitter emitter;
        private final Admission.Ticket ticket;
        private final Set<Integer> sentTests = ConcurrentHashMap.newKeySet();
        private final ConcurrentLinkedQueue<Runnable> writes = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean writing = new AtomicBoolean();
        private final AtomicBoolean released = new AtomicBoolean();
        private final List<ProgressEvent> early = new ArrayList<>();
        private volatile AutoCloseable watch;
        private volatile ScheduledFuture<?> heartbeat;
        private boolean replayed;
        private volatile boolean done;

        Stream(String id, SseEmitter emitter, Admission.Ticket ticket) {
            this.id = id;
            this.emitter = emitter;
            this.ticket = ticket;
        }

        void open() {
            watch = watchers.watch(id, e -> write(() -> live(e)));
            long every = api.streamHeartbeat().toMillis();
            heartbeat = heartbeats.scheduleWithFixedDelay(() -> write(this::comment), every, every, TimeUnit.MILLISECONDS);
            write(() -> {
                comment();
                replay();
            });
        }

        /** Queues a write; one drain at a time runs them in order. */
        private void write(Runnable w) {
            if (done) {
                return;
            }
            writes.add(w);
            drain();
        }

        private void drain() {
            if (!writing.compareAndSet(false, true)) {
                return;
            }
            work.execute(() -> {
                try {
                    Runnable w;
                    while (!done && (w = writes.poll()) != null) {
                        w.run();
                    }
                } finally {
                    writing.set(false);
                    if (!done && !writes.isEmpty()) {
                        drain();
                    }
                }
            });
        }

        private void live(ProgressEvent event) {
            if (!replayed) {
                early.add(event);
            } else {
                send(event);
            }
        }

        private void replay() {
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
            emit(SseEmitter.event().name("test")
                    .data(Json.mapper().writeValueAsString(outputs.withFullOutputs(id, t)), MediaType.APPLICATION_JSON));
        }

        private void sendVerdict(Verdict v) {
            if (done) {
                return;
            }
            for (TestResult t : v.tests()) {
                sendTest(t);
            }
            emit(SseEmitter.event().name("verdict")
                    .data(Json.mapper().writeValueAsString(outputs.withFullOutputs(v)), MediaType.APPLICATION_JSON));
            if (released.get()) {
                return;   // the client left while the verdict was written
            }
            done = true;
            try {
                emitter.complete();
            } catch (IllegalStateException alreadyFailed) {
                // The container closed the request after an error of its own.
            }
            release();
        }

        private void comment() {
            emit(SseEmitter.event().comment("open"));
        }

        private void emit(SseEmitter.SseEventBuilder event) {
            if (done) {
                return;
            }
            try {
                emitter.send(event);
            } catch (IOException | IllegalStateException e) {
                // The client went away (or the stream timed out): release it now, not at the time-out.
                done = true;
                try {
                    emitter.completeWithError(e);
                } catch (IllegalStateException alreadyFailed) {
                    // The container saw the error first and closed the request itself.
                }
                release();
            }
        }

        void release() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            done = true;
            ScheduledFuture<?> h = heartbeat;
            if (h != null) {
                h.cancel(false);
            }
            try {
                AutoCloseable w = watch;
                if (w != null) {
                    w.close();
                }
            } catch (Exception ignored) {
                // nothing to release
            }
            writes.clear();
            ticket.close();
        }
    }
}
