package dev.judge.compile.problem;

import dev.judge.problems.PackageIssue;
import dev.judge.state.ProblemStore;
import java.util.List;

/** What importing a package gave: the stored problem, or what is wrong with the package, by file. */
public sealed interface ImportOutcome {

    /** @param created whether the problem is new (else it replaced, or was the same as, the one before) */
    record Imported(ProblemStore.Stored stored, boolean created) implements ImportOutcome {
    }

    record Refused(List<PackageIssue> problems) implements ImportOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
