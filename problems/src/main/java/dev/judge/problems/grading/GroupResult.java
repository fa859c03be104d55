package dev.judge.problems.grading;

import dev.judge.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A group's result; the root's ({@code name ""}) is the problem's.
 *
 * @param name the group's name under {@code data/} ({@code ""}, {@code sample}, {@code secret/group1})
 * @param status its verdict: {@link Status#SKIPPED} for a group that was not graded (judging of its parent
 *     stopped before it, or a group it requires did not pass); {@link Status#INTERNAL_ERROR} when grading
 *     could not be done (see {@code messages})
 * @param score its score; empty on pass-fail problems and for groups that get none
 * @param maxScore the most it could score; empty where unbounded or unknown
 * @param passed how many of its test cases (at any depth) were accepted
 * @param total how many test cases it has (at any depth), run or not
 * @param subgroups its subgroups' results, in order
 * @param messages why grading failed or what looked wrong (a score out of its range), for judges
 */
public record GroupResult(
        String name,
        Status status,
        OptionalDouble score,
        OptionalDouble maxScore,
        int passed,
        int total,
        List<GroupResult> subgroups,
        List<String> messages) {

    public GroupResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
        subgroups = List.copyOf(subgroups);
        messages = List.copyOf(messages);
    }

    /** The result of the subgroup with this name, at any depth. */
    public Optional<GroupResult> find(String groupName) {
        if (name.equals(groupName)) {
            return Optional.of(this);
        }
        return subgroups.stream().map(g -> g.find(groupName)).flatMap(Optional::stream).findFirst();
    }

    /** This group's messages and its subgroups', depth first. */
    public List<String> allMessages() {
        List<String> all = new ArrayList<>(messages);
        subgroups.forEach(g -> all.addAll(g.allMessages()));
        return all;
    }
}
