package dev.judge.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A test data group: {@code data/} itself (the root, name {@code ""}), {@code sample}, {@code secret}
 * and the directories below them, with the items in the order the specification runs them
 * (lexicographic on name, test cases and subgroups together).
 *
 * @param name the path under {@code data/}: {@code ""}, {@code sample}, {@code secret/group1}
 * @param settings its settings, inheritance already applied
 * @param items its test cases and subgroups, in order
 * @param interactions {@code .interaction} files without a test case (interactive samples): name → content,
 *     shown in the statement, never run
 */
public record TestGroup(String name, GroupSettings settings, List<TestItem> items, Map<String, ContentRef> interactions)
        implements TestItem {

    public TestGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
        items = List.copyOf(items);
        interactions = Map.copyOf(interactions);
    }

    /** Every test case at or below this group, in running order. */
    public List<TestCase> testCases() {
        List<TestCase> all = new ArrayList<>();
        collect(this, all);
        return List.copyOf(all);
    }

    /** The direct subgroups, in order. */
    public List<TestGroup> subgroups() {
        return items.stream().filter(TestGroup.class::isInstance).map(TestGroup.class::cast).toList();
    }

    private static void collect(TestGroup group, List<TestCase> into) {
        for (TestItem item : group.items) {
            if (item instanceof TestCase c) {
                into.add(c);
            } else if (item instanceof TestGroup g) {
                collect(g, into);
            }
        }
    }
}
