package dev.judge.state;

import dev.judge.model.TestResult;
import dev.judge.model.Verdict;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A test's outputs as a client is shown them: the full outputs run-service kept in Redis
 * ({@link FullOutputStore}) in place of the record's copy when that copy was cut or not exact
 * text, else the record's own.
 */
public final class KeptOutputs {

    /** Ends a kept output that the submission's output budget cut short (its test then stays {@code truncated}). */
    public static final String CUT_MARK = "\n[output cut: the submission's kept output reached its limit]";

    private final FullOutputStore outputs;

    public KeptOutputs(FullOutputStore outputs) {
        this.outputs = outputs;
    }

    /** The verdict with every test's full outputs. */
    public Verdict withFullOutputs(Verdict v) {
        return v.withTests(v.tests().stream().map(t -> withFullOutputs(v.id(), t)).toList());
    }

    /** The test's full outputs as text when the verdict's copy was cut, else the verdict's own. */
    public TestResult withFullOutputs(String id, TestResult t) {
        if (!t.truncated()) {
            return t;
        }
        return outputs.read(StateKeys.output(id, t.index()))
                .map(full -> t.withOutputs(full.stdoutText() + (full.cut() ? CUT_MARK : ""), full.stderrText(), full.cut()))
                .orElse(t);
    }

    /** The test's outputs as the exact bytes the program wrote. */
    public FullOutputStore.Outputs exactOutputs(String id, TestResult t) {
        if (t.truncated()) {
            Optional<FullOutputStore.Outputs> full = outputs.read(StateKeys.output(id, t.index()));
            if (full.isPresent()) {
                return full.get();
            }
        }
        return new FullOutputStore.Outputs(utf8(t.stdout()), utf8(t.stderr()));
    }

    private static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
