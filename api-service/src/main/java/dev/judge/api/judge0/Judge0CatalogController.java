package dev.judge.api.judge0;

import dev.judge.model.Topics;
import dev.judge.api.catalog.Languages;
import dev.judge.api.submit.Backlog;
import dev.judge.state.Workers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Judge0's catalogue endpoints: languages, statuses, about, configuration and workers. */
@RestController
class Judge0CatalogController {

    private final Languages languages;
    private final Backlog backlog;
    private final Workers workers;
    private final Judge0ConfigInfo configuration;

    Judge0CatalogController(Languages languages, Backlog backlog, Workers workers, Judge0ConfigInfo configuration) {
        this.languages = languages;
        this.backlog = backlog;
        this.workers = workers;
        this.configuration = configuration;
    }

    @GetMapping("/languages")
    List<Map<String, Object>> languages() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Languages.Judge0Language l : languages.judge0Installed()) {
            out.add(Map.of("id", l.id(), "name", languages.judge0Name(l)));
        }
        return out;
    }

    @GetMapping("/languages/all")
    List<Map<String, Object>> allLanguages() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Languages.Judge0Language l : languages.judge0Installed()) {
            out.add(Map.of("id", l.id(), "name", languages.judge0Name(l), "is_archived", false));
        }
        return out;
    }

    @GetMapping("/languages/{id}")
    ResponseEntity<Object> language(@PathVariable String id) {
        int number;
        try {
            number = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "language id must be a number"));
        }
        return languages.installedByJudge0Id(number).<ResponseEntity<Object>>map(l -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", l.id());
            body.put("name", languages.judge0Name(l));
            body.put("is_archived", false);
            body.put("source_file", l.sourceFile());
            body.put("compile_cmd", l.compileCmd());
            body.put("run_cmd", l.runCmd());
            return ResponseEntity.ok(body);
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "Not Found")));
    }

    @GetMapping("/statuses")
    List<Map<String, Object>> statuses() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Judge0Status s : Judge0Status.values()) {
            out.add(Map.of("id", s.id, "description", s.description));
        }
        return out;
    }

    @GetMapping("/about")
    Map<String, Object> about() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", "0.1.0");
        body.put("homepage", "judge: a Kafka-based code-execution engine");
        body.put("source_code", "this repository");
        body.put("maintainer", "the judge team");
        return body;
    }

    @GetMapping("/config_info")
    Map<String, Object> configInfo() {
        return configuration.info();
    }

    /** Judge0's {@code /workers}, one entry per stage: its backlog as {@code size}, its boxes over live instances. */
    @GetMapping("/workers")
    List<Map<String, Object>> workers() {
        return List.of(workerEntry(Topics.SUBMISSIONS, "compile"), workerEntry(Topics.RUNS, "run"));
    }

    private Map<String, Object> workerEntry(String queue, String stage) {
        Workers.Load load = workers.load(stage);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("queue", queue);
        e.put("size", backlog.of(queue));
        e.put("available", load.boxes());
        e.put("idle", load.idle());
        e.put("working", load.working());
        e.put("paused", 0);
        e.put("failed", 0);
        return e;
    }
}
