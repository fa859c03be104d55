package dev.judge.api.nativeapi;

import dev.judge.model.Json;
import dev.judge.model.Problem;
import dev.judge.model.Submission;
import dev.judge.api.ApiProperties;
import dev.judge.api.web.ClientAddress;
import dev.judge.api.web.Bodies;
import dev.judge.api.web.QueryFlags;
import dev.judge.api.submit.SubmissionGateway;
import dev.judge.api.submit.SubmissionRejectedException;
import dev.judge.api.live.VerdictWaiter;
import dev.judge.model.SubmissionState;
import dev.judge.state.SubmissionView;
import dev.judge.state.KeptOutputs;
import dev.judge.state.SubmissionViews;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The native API: many tests per submission, compiled once; the verdict JSON of {@code judge.verdicts}. */
@RestController
@RequestMapping("/api/v1")
class NativeSubmissionController {

    /** A queued submission whose state is not (or no longer) in Redis. */
    private static final SubmissionView NOTHING_YET = new SubmissionView.InFlight(SubmissionState.QUEUED, 0, 0);

    private final SubmissionGateway gateway;
    private final SubmissionViews store;
    private final KeptOutputs outputs;
    private final VerdictWaiter waiter;
    private final ApiProperties api;
    private final ClientAddress clients;

    NativeSubmissionController(SubmissionGateway gateway, SubmissionViews views, KeptOutputs outputs, VerdictWaiter waiter,
            ApiProperties props, ClientAddress clients) {
        this.gateway = gateway;
        this.store = views;
        this.outputs = outputs;
        this.waiter = waiter;
        this.api = props;
        this.clients = clients;
    }

    /** With {@code wait=true} the answer comes when the verdict exists; no request thread waits for it. */
    @PostMapping("/submissions")
    CompletableFuture<ResponseEntity<?>> create(HttpServletRequest request) throws IOException {
        boolean wait = QueryFlags.flag(request, "wait");
        Submission submission = parse(Bodies.readJson(request, api.maxBodyBytes()));
        if (!wait) {
            gateway.submit(submission);
            return CompletableFuture.completedFuture(ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", submission.id())));
        }
        return waiter.submitAndAwait(clients.of(request), () -> {
            gateway.submit(submission);
            return submission;
        }, Submission::id).thenApply(waited -> ResponseEntity.ok(waited.verdict().<Object>map(outputs::withFullOutputs)
                        .orElseGet(() -> shown(submission.id(), store.view(submission.id()).orElse(NOTHING_YET)))));
    }

    @GetMapping("/submissions/{id}")
    ResponseEntity<?> get(@PathVariable String id) {
        return store.view(id).<ResponseEntity<?>>map(view -> ResponseEntity.ok(shown(id, view)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no submission with id '" + id + "'")));
    }

    /** The verdict with full outputs, or the in-flight state: both read at once, never DONE without the verdict. */
    private Object shown(String id, SubmissionView view) {
        if (view instanceof SubmissionView.Judged judged) {
            return outputs.withFullOutputs(judged.verdict());
        }
        return inFlight(id, (SubmissionView.InFlight) view);
    }

    private static Map<String, Object> inFlight(String id, SubmissionView.InFlight p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("status", p.state());
        body.put("passed", p.passed());
        body.put("total", p.total());
        return body;
    }

    /** Not JSON: 400. Not a submission: 422 naming the field. No id: one is made up. */
    private static Submission parse(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.INVALID,
                    List.of(new Problem("body", "must be a JSON object")));
        }
        if (!object.has("id") || object.get("id").isNull()) {
            object.put("id", UUID.randomUUID().toString());
        }
        try {
            return Json.mapper().treeToValue(object, Submission.class);
        } catch (JacksonException e) {
            throw new SubmissionRejectedException(SubmissionRejectedException.Reason.INVALID,
                    List.of(new Problem(fieldOf(e), e.getOriginalMessage())));
        }
    }

    static String fieldOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
