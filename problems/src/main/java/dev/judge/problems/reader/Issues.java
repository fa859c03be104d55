package dev.judge.problems.reader;

import dev.judge.problems.InvalidPackageException;
import dev.judge.problems.PackageIssue;
import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one package, in the order found. */
final class Issues {

    /** The file an issue about the whole package names. */
    static final String PACKAGE = "<package>";

    private final List<PackageIssue> found = new ArrayList<>();

    void add(String file, String message) {
        found.add(new PackageIssue(file, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    /** Throws with everything found, if anything was. */
    void throwIfAny() throws InvalidPackageException {
        if (any()) {
            throw new InvalidPackageException(found);
        }
    }

    /** Stops reading at once: the package cannot be read further. */
    InvalidPackageException fatal(String file, String message) {
        add(file, message);
        return new InvalidPackageException(found);
    }
}
