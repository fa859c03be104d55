package dev.judge.api.live;

import dev.judge.state.ProgressEvent;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The requests of this instance waiting for a submission's progress (wait=true, SSE). */
public final class Watchers {

    private final Map<String, Set<Consumer<ProgressEvent>>> byId = new ConcurrentHashMap<>();

    /** Registers a watcher; close the returned handle when done. */
    public AutoCloseable watch(String id, Consumer<ProgressEvent> watcher) {
        byId.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(watcher);
        return () -> byId.computeIfPresent(id, (k, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }

    public void deliver(ProgressEvent event) {
        Set<Consumer<ProgressEvent>> set = byId.get(event.submissionId());
        if (set != null) {
            set.forEach(w -> w.accept(event));
        }
    }

    /** The submissions watched now. */
    public Set<String> ids() {
        return Set.copyOf(byId.keySet());
    }

    public int count() {
        return byId.values().stream().mapToInt(Set::size).sum();
    }
}
