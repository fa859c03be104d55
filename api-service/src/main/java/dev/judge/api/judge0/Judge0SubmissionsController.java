package dev.judge.api.judge0;

import dev.judge.api.ApiProperties;
import dev.judge.api.web.ClientAddress;
import dev.judge.state.Judge0Request;
import dev.judge.state.Judge0Requests;
import dev.judge.api.web.Bodies;
import dev.judge.api.web.QueryFlags;
import dev.judge.api.submit.CheckedSubmission;
import dev.judge.api.submit.SubmissionGateway;
import dev.judge.api.submit.SubmissionRejectedException;
import dev.judge.api.live.VerdictWaiter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Judge0 CE's submission endpoints: a Judge0 submission is a native submission with one test. */
@RestController
class Judge0SubmissionsController {

    private final Judge0RequestReader intake;
    private final Judge0Requests judge0;
    private final Judge0View view;
    private final SubmissionGateway gateway;
    private final VerdictWaiter waiter;
    private final ApiProperties api;
    private final ClientAddress clients;

    Judge0SubmissionsController(Judge0RequestReader intake, Judge0Requests judge0, Judge0View view, SubmissionGateway gateway,
            VerdictWaiter waiter, ApiProperties props, ClientAddress clients) {
        this.intake = intake;
        this.judge0 = judge0;
        this.view = view;
        this.gateway = gateway;
        this.waiter = waiter;
        this.api = props;
        this.clients = clients;
    }

    /** With {@code wait=true} the answer comes when the verdict exists; no request thread waits for it. */
    @PostMapping("/submissions")
    CompletableFuture<ResponseEntity<Object>> create(HttpServletRequest request) throws IOException {
        boolean base64 = QueryFlags.flag(request, "base64_encoded");
        List<String> fields = Judge0View.fields(QueryFlags.get(request, "fields").orElse(null));
        JsonNode body = Bodies.readJson(request, api.maxBodyBytes());
        if (!QueryFlags.flag(request, "wait")) {
            String token = accept(body, base64).token();
            return CompletableFuture.completedFuture(ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", token)));
        }
        return waiter.submitAndAwait(clients.of(request), () -> accept(body, base64), Judge0Request::token)
                .thenApply(waited -> ResponseEntity.status(HttpStatus.CREATED)
                        .body((Object) view.render(waited.sent(), waited.verdict(), fields, base64)));
    }

    @GetMapping("/submissions/{token}")
    ResponseEntity<Object> get(@PathVariable String token, HttpServletRequest request) {
        boolean base64 = QueryFlags.flag(request, "base64_encoded");
        List<String> fields = Judge0View.fields(QueryFlags.get(request, "fields").orElse(null));
        return judge0.load(token)
                .<ResponseEntity<Object>>map(r -> ResponseEntity.ok(view.render(r, fields, base64)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "Not Found")));
    }

    @PostMapping("/submissions/batch")
    ResponseEntity<Object> createBatch(HttpServletRequest request) throws IOException {
        boolean base64 = QueryFlags.flag(request, "base64_encoded");
        JsonNode body = Bodies.readJson(request, api.maxBodyBytes());
        JsonNode list = body.get("submissions");
        if (list == null || !list.isArray()) {
            throw new Judge0ValidationException(Map.of("submissions", List.of("must be an array")));
        }
        if (list.isEmpty() || list.size() > Judge0Limits.MAX_BATCH) {
            throw new Judge0ValidationException(Map.of("submissions",
                    List.of("must hold between 1 and " + Judge0Limits.MAX_BATCH + " submissions")));
        }
        List<Object> results = new ArrayList<>();
        for (JsonNode item : list) {
            try {
                results.add(Map.of("token", accept(item, base64).token()));
            } catch (Judge0ValidationException e) {
                results.add(e.errors());
            }
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(results);
    }

    @GetMapping("/submissions/batch")
    ResponseEntity<Object> getBatch(HttpServletRequest request) {
        boolean base64 = QueryFlags.flag(request, "base64_encoded");
        List<String> fields = Judge0View.fields(QueryFlags.get(request, "fields").orElse(null));
        String tokens = QueryFlags.get(request, "tokens").orElse("");
        List<String> list = Arrays.stream(tokens.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        if (list.isEmpty() || list.size() > Judge0Limits.MAX_BATCH) {
            throw new Judge0ValidationException(Map.of("tokens",
                    List.of("must name between 1 and " + Judge0Limits.MAX_BATCH + " tokens, separated by commas")));
        }
        List<Object> submissions = new ArrayList<>();
        for (String token : list) {
            submissions.add(judge0.load(token).map(r -> (Object) view.render(r, fields, base64)).orElse(null));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("submissions", submissions);
        return ResponseEntity.ok(body);
    }

    /** Checks (once), then sends; the Judge0 echo is stored before the record goes out. */
    private Judge0Request accept(JsonNode body, boolean base64) {
        Judge0RequestReader.Accepted accepted = intake.read(body, base64);
        CheckedSubmission checked;
        try {
            checked = gateway.check(accepted.submission());
        } catch (SubmissionRejectedException e) {
            throw new Judge0ValidationException(Judge0Fields.fromNative(e.problems()));
        }
        // Saved first, so a callback for a fast verdict finds it; removed again if the record never went out.
        judge0.save(accepted.request());
        try {
            gateway.submit(checked);
        } catch (RuntimeException e) {
            judge0.delete(accepted.token());
            throw e;
        }
        return accepted.request();
    }
}
