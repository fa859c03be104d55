package dev.judge.problems.grading;

import dev.judge.model.Status;
import dev.judge.problems.ContentRef;
import dev.judge.problems.GroupGrading;
import dev.judge.problems.GroupSettings;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TestItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small test data trees and outcomes for the grading tests. */
final class Trees {

    private static final ContentRef EMPTY = new ContentRef("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", 0);

    private Trees() {
    }

    static TestCase test(String name) {
        return new TestCase(name, EMPTY, EMPTY, Optional.empty(), List.of());
    }

    static TestGroup group(String name, GroupGrading grading, TestItem... items) {
        return new TestGroup(name, new GroupSettings(grading, List.of(), List.of()), List.of(items), Map.of());
    }

    /** Outcomes from pairs: name, Status or Double score (a score applies to the status before it). */
    static Map<String, TestOutcome> outcomes(Object... pairs) {
        Map<String, TestOutcome> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            Status status = (Status) pairs[i + 1];
            if (i + 2 < pairs.length && pairs[i + 2] instanceof Double score) {
                map.put(name, TestOutcome.of(status, score));
                i++;
            } else {
                map.put(name, TestOutcome.of(status));
            }
        }
        return map;
    }
}
