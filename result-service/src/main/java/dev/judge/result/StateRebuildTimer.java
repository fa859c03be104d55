package dev.judge.result;

import dev.judge.result.rebuild.StateRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Asks every 5 s whether Redis restarted since the state was last rebuilt, and rebuilds if so. */
@Component
class StateRebuildTimer {

    private static final Logger log = LoggerFactory.getLogger(StateRebuildTimer.class);

    private final StateRebuild rebuild;

    StateRebuildTimer(StateRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Scheduled(initialDelay = 1000, fixedDelay = 5000)
    void check() {
        try {
            rebuild.rebuildIfNeeded();
        } catch (RuntimeException e) {
            log.warn("Rebuilding the state after a Redis restart failed (tried again in 5 s): {}", e.toString());
        }
    }
}
