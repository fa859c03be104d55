package dev.judge.problems;

import java.util.List;
import java.util.stream.Collectors;

/** A package that was refused, with every issue the reader found (not only the first). */
public class InvalidPackageException extends Exception {

    private final transient List<PackageIssue> issues;

    public InvalidPackageException(List<PackageIssue> issues) {
        super(issues.stream().map(PackageIssue::toString).collect(Collectors.joining("; ")));
        this.issues = List.copyOf(issues);
    }

    /** What is wrong, in the order found. */
    public List<PackageIssue> issues() {
        return issues;
    }
}
