package dev.judge.pipeline;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What a fault did to a burst, from a client's side: the submissions accepted, what HTTP shows for
 * each once everything settled, those without a final verdict (lost), the extra verdicts on
 * {@code judge.verdicts}, and how long the stack took to settle after the fault ended. Printed for
 * docs/reliability.md; the tests assert on the counts, never on the times.
 */
record FaultFigures(String fault, int accepted, Map<Integer, Integer> refused, Map<String, Integer> shown,
        List<String> lost, int duplicates, int withoutTopicVerdict, long settledMs) {

    /**
     * Waits (at most {@code atMost}) until HTTP shows every accepted submission of the burst a final
     * status, then counts.
     */
    static FaultFigures settle(String fault, Burst burst, JudgeClient topic, long faultEndedAtNanos, Duration atMost) {
        Map<String, String> seen = new ConcurrentHashMap<>();
        List<String> ids = burst.accepted();
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
                for (String id : ids) {
                    if (!Burst.isFinal(seen.getOrDefault(id, "QUEUED"))) {
                        seen.put(id, burst.shown(id));
                    }
                }
                return ids.stream().allMatch(id -> Burst.isFinal(seen.get(id)) && !topic.allVerdicts(id).isEmpty());
            });
        } catch (ConditionTimeoutException e) {
            // counted below as lost
        }
        long settled = (System.nanoTime() - faultEndedAtNanos) / 1_000_000;
        Map<String, Integer> byShown = new TreeMap<>();
        ids.forEach(id -> byShown.merge(seen.getOrDefault(id, "none"), 1, Integer::sum));
        List<String> lost = ids.stream().filter(id -> !Burst.isFinal(seen.getOrDefault(id, "none")) || "404".equals(seen.get(id)))
                .toList();
        int duplicates = ids.stream().mapToInt(id -> Math.max(0, topic.allVerdicts(id).size() - 1)).sum();
        int withoutTopic = (int) ids.stream().filter(id -> topic.allVerdicts(id).isEmpty()).count();
        FaultFigures f = new FaultFigures(fault, ids.size(), burst.refused(), byShown, lost, duplicates, withoutTopic, settled);
        System.out.println("FAULT FIGURES " + f);
        return f;
    }
}
