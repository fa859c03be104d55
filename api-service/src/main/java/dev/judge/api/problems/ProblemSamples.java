package dev.judge.api.problems;

import dev.judge.problems.ContentRef;
import dev.judge.problems.TestCase;
import dev.judge.problems.TestGroup;
import dev.judge.problems.TestItem;
import dev.judge.state.ProblemDataStore;
import dev.judge.state.ProblemStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A problem's samples as a statement shows them: each sample test case's input and answer, and each
 * {@code .interaction} file of an interactive sample (shown, never run; a sample's {@code .in} and
 * {@code .ans} still run). Texts are cut to {@link #MAX_CHARS}.
 */
final class ProblemSamples {

    static final int MAX_CHARS = 64 * 1024;

    /**
     * One sample.
     *
     * @param name its name under {@code data/}
     * @param input its input, or null for an interaction without a test case
     * @param answer its answer, likewise
     * @param interaction its {@code .interaction}, or null
     */
    record Sample(String name, String input, String answer, String interaction) {
    }

    private ProblemSamples() {
    }

    static List<Sample> of(ProblemStore.Stored stored, ProblemDataStore data) throws IOException {
        Map<String, Sample> samples = new TreeMap<>();
        Optional<TestGroup> group = stored.problem().data().items().stream().filter(TestGroup.class::isInstance)
                .map(TestGroup.class::cast).filter(g -> g.name().equals("sample")).findFirst();
        if (group.isEmpty()) {
            return List.of();
        }
        for (TestItem item : group.get().items()) {
            if (item instanceof TestCase c) {
                samples.put(c.name(), new Sample(c.name(), text(data, c.input()), text(data, c.answer()),
                        c.interaction().isPresent() ? text(data, c.interaction().get()) : null));
            }
        }
        for (Map.Entry<String, ContentRef> e : group.get().interactions().entrySet()) {
            samples.putIfAbsent(e.getKey(), new Sample(e.getKey(), null, null, text(data, e.getValue())));
        }
        return new ArrayList<>(samples.values());
    }

    private static String text(ProblemDataStore data, ContentRef ref) throws IOException {
        String s = new String(data.read(ref), StandardCharsets.UTF_8);
        return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
    }
}
